package org.glose.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.glose.core.model.Code;
import org.glose.core.model.CodeDetails;
import org.glose.core.project.ChangeKind;
import org.glose.core.project.CodeRepository;

final class JdbcCodes implements CodeRepository {

    private static final String TABLE = "code";
    private static final String COLUMNS = "SELECT id, guid, parent_id, name, colour, description, inclusion, "
            + "exclusion, example, sort_order, row_version FROM code ";
    private final Jdbc jdbc;
    private final Instant now;
    private final JdbcHistory history;
    private final JdbcCodings codings;
    private final RowVersions.Session versions;

    JdbcCodes(Jdbc jdbc, Instant now, JdbcHistory history, JdbcCodings codings, RowVersions.Session versions) {
        this.jdbc = jdbc;
        this.now = now;
        this.history = history;
        this.codings = codings;
        this.versions = versions;
    }

    private Code map(ResultSet rs) throws SQLException {
        CodeDetails details = new CodeDetails(rs.getString("colour"), rs.getString("description"),
                rs.getString("inclusion"), rs.getString("exclusion"), rs.getString("example"));
        long id = rs.getLong("id");
        versions.saw(TABLE, id, rs.getInt("row_version"));
        return new Code(id, rs.getString("guid"), Jdbc.nullableLong(rs, "parent_id"),
                rs.getString("name"), details, rs.getInt("sort_order"));
    }

    @Override
    public List<Code> list() {
        return jdbc.list(COLUMNS + "ORDER BY sort_order, id", this::map);
    }

    @Override
    public Optional<Code> byId(long id) {
        return jdbc.one(COLUMNS + "WHERE id = ?", this::map, id);
    }

    private int currentVersion(long id) {
        return jdbc.one("SELECT row_version FROM code WHERE id = ?", rs -> rs.getInt(1), id).orElse(0);
    }

    /**
     * Runs an UPDATE of one code whose last two parameters are its id and the version the user saw; refuses the
     * change when another coder changed the code since (no row updated).
     */
    private int updateSeen(long id, String name, String set, Object... params) {
        int expected = versions.expected(TABLE, id, currentVersion(id));
        Object[] all = java.util.Arrays.copyOf(params, params.length + 2);
        all[params.length] = id;
        all[params.length + 1] = expected;
        if (jdbc.update("UPDATE code SET " + set + ", row_version = row_version + 1 WHERE id = ? AND row_version = ?",
                all) == 0) {
            throw new ConcurrentEditException("The code « " + name + " »");
        }
        versions.changed(TABLE, id, expected + 1);
        return expected + 1;
    }

    /**
     * Runs a write that gives a code the name {@code name}. V8's constraint refuses a second sibling of that name,
     * which the commands' own check cannot see when another coder's transaction made it at the same moment.
     */
    private <T> T named(String name, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException s && "23505".equals(s.getSQLState())
                    && String.valueOf(s.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("code_unique_name")) {
                throw new org.glose.core.project.InvalidInputException("There is already a code named \"" + name
                        + "\" here: another coder has made one meanwhile. Nothing was saved; refresh the project to "
                        + "see it.", e);
            }
            throw e;
        }
    }

    @Override
    public Code insert(Long parentId, String name, CodeDetails d, String guid, int sortOrder) {
        long id = named(name, () -> jdbc.insert("INSERT INTO code (guid, parent_id, name, colour, description, "
                        + "inclusion, exclusion, example, sort_order, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                guid, parentId, name, d.colour(), d.description(), d.inclusion(), d.exclusion(), d.example(),
                sortOrder, now));
        versions.changed(TABLE, id, 0);
        history.code(ChangeKind.CODE_CREATED, id, name, null, parentId == null ? "at the top"
                : "under « " + nameOf(parentId) + " »");
        return new Code(id, guid, parentId, name, d, sortOrder);
    }

    @Override
    public void restore(Code c) {
        CodeDetails d = c.details();
        named(c.name(), () -> jdbc.update("INSERT INTO code (id, guid, parent_id, name, colour, description, "
                        + "inclusion, exclusion, example, sort_order, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.id(), c.guid(), c.parentId(), c.name(), d.colour(), d.description(), d.inclusion(),
                d.exclusion(), d.example(), c.sortOrder(), now));
        versions.changed(TABLE, c.id(), 0);
        history.code(ChangeKind.CODE_RESTORED, c.id(), c.name(), c.parentId(), null);
    }

    @Override
    public void update(long id, String name, CodeDetails d) {
        Optional<Code> before = byId(id);
        if (before.isPresent()) {
            named(name, () -> updateSeen(id, before.get().name(), "name = ?, colour = ?, description = ?, "
                    + "inclusion = ?, exclusion = ?, example = ?", name, d.colour(), d.description(), d.inclusion(),
                    d.exclusion(), d.example()));
        }
        before.ifPresent(b -> history.code(ChangeKind.CODE_EDITED, id, name, null, b.name().equals(name)
                ? "details changed" : "renamed from « " + b.name() + " »"));
    }

    @Override
    public void move(long id, Long parentId, int sortOrder) {
        Optional<Code> before = byId(id);
        if (before.isPresent()) {
            named(before.get().name(), () -> updateSeen(id, before.get().name(), "parent_id = ?, sort_order = ?",
                    parentId, sortOrder));
        }
        before.ifPresent(b -> history.code(ChangeKind.CODE_MOVED, id, b.name(), b.parentId(),
                parentId == null ? "to the top" : "under « " + nameOf(parentId) + " »"));
    }

    private String nameOf(long id) {
        return jdbc.one("SELECT name FROM code WHERE id = ?", rs -> rs.getString(1), id).orElse("?");
    }

    @Override
    public int nextSortOrder(Long parentId) {
        String where = parentId == null ? "parent_id IS NULL" : "parent_id = ?";
        Object[] params = parentId == null ? new Object[0] : new Object[] {parentId};
        return jdbc.one("SELECT COALESCE(MAX(sort_order), -1) + 1 FROM code WHERE " + where,
                rs -> rs.getInt(1), params).orElse(0);
    }

    /** Deletes the code as the user saw it; refused when another coder changed it since (like an edit). */
    @Override
    public void delete(long id) {
        Optional<Code> before = byId(id);
        if (before.isEmpty()) {
            return; // gone already: what the user wanted
        }
        Code b = before.get();
        int expected = versions.expected(TABLE, id, currentVersion(id));
        codings.recordRemoved(codings.list(org.glose.core.project.CodingFilter.ofCode(id)),
                "(with the code « " + b.name() + " »)");
        history.code(ChangeKind.CODE_DELETED, id, b.name(), b.parentId(), null);
        if (jdbc.update("DELETE FROM code WHERE id = ? AND row_version = ?", id, expected) == 0) {
            throw new ConcurrentEditException("The code « " + b.name() + " »");
        }
    }
}
