package org.glose.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.glose.core.model.Coding;
import org.glose.core.project.ChangeKind;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.CodingRepository;
import org.glose.core.project.InvalidInputException;
import org.glose.core.text.TextRange;

final class JdbcCodings implements CodingRepository {

    private static final String TABLE = "coding";
    private static final String COLUMNS = "SELECT id, guid, document_id, code_id, coder_id, start_pos, end_pos, "
            + "created_at, row_version FROM coding ";
    private final Jdbc jdbc;
    private final JdbcHistory history;
    private final RowVersions.Session versions;

    JdbcCodings(Jdbc jdbc, JdbcHistory history, RowVersions.Session versions) {
        this.jdbc = jdbc;
        this.history = history;
        this.versions = versions;
    }

    /** Maps a row read with {@link #COLUMNS}, noting the version this client has now seen. */
    private Coding mapSeen(ResultSet rs) throws SQLException {
        Coding c = map(rs);
        versions.saw(TABLE, c.id(), rs.getInt("row_version"));
        return c;
    }

    /**
     * Changes one coding whose last two parameters are its id and the version the user saw; refuses the change
     * when another coder changed the coding since.
     */
    private void updateSeen(Coding before, String set, Object... params) {
        long id = before.id();
        int expected = expectedVersion(id);
        Object[] all = java.util.Arrays.copyOf(params, params.length + 2);
        all[params.length] = id;
        all[params.length + 1] = expected;
        if (jdbc.update("UPDATE coding SET " + set + ", row_version = row_version + 1 WHERE id = ? "
                + "AND row_version = ?", all) == 0) {
            throw changedMeanwhile(before);
        }
        versions.changed(TABLE, id, expected + 1);
    }

    static Coding map(ResultSet rs) throws SQLException {
        return new Coding(rs.getLong("id"), rs.getString("guid"), rs.getLong("document_id"), rs.getLong("code_id"),
                rs.getLong("coder_id"), new TextRange(rs.getInt("start_pos"), rs.getInt("end_pos")),
                Jdbc.instant(rs, "created_at"));
    }

    @Override
    public List<Coding> list(CodingFilter filter) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.documentId() != null) {
            where.append(" AND document_id = ?");
            params.add(filter.documentId());
        }
        if (filter.codeIds() != null && !filter.codeIds().isEmpty()) {
            where.append(" AND code_id IN (").append(filter.codeIds().stream().map(id -> "?")
                    .collect(Collectors.joining(", "))).append(')');
            params.addAll(filter.codeIds());
        }
        if (filter.coderId() != null) {
            where.append(" AND coder_id = ?");
            params.add(filter.coderId());
        }
        return jdbc.list(COLUMNS + where + " ORDER BY document_id, start_pos, end_pos, id", this::mapSeen,
                params.toArray());
    }

    @Override
    public void scan(RowSink sink) {
        // Columns by index and no ORDER BY: sorting a million rows in the database costs more than the read.
        jdbc.each("SELECT id, document_id, code_id, coder_id, start_pos, end_pos FROM coding", rs -> sink.accept(
                rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getInt(5), rs.getInt(6)));
    }

    @Override
    public Optional<Coding> byId(long id) {
        return jdbc.one(COLUMNS + "WHERE id = ?", this::mapSeen, id);
    }

    @Override
    public Coding insert(long documentId, long codeId, long coderId, TextRange range, String guid, Instant at) {
        requireInsideText(documentId, range);
        long id = jdbc.insert("INSERT INTO coding (guid, document_id, code_id, coder_id, start_pos, end_pos, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", guid, documentId, codeId, coderId, range.start(),
                range.end(), at);
        Coding coding = new Coding(id, guid, documentId, codeId, coderId, range, at);
        versions.changed(TABLE, id, 0);
        history.coding(ChangeKind.CODED, coding, null, history.excerptOf(documentId, range.start(), range.end()));
        return coding;
    }

    @Override
    public void restore(Coding c) {
        requireInsideText(c.documentId(), c.range());
        jdbc.update("INSERT INTO coding (id, guid, document_id, code_id, coder_id, start_pos, end_pos, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", c.id(), c.guid(), c.documentId(), c.codeId(),
                c.coderId(), c.range().start(), c.range().end(), c.createdAt());
        versions.changed(TABLE, c.id(), 0);
        history.coding(ChangeKind.CODING_RESTORED, c, null,
                history.excerptOf(c.documentId(), c.range().start(), c.range().end()));
    }

    @Override
    public List<Coding> insertAll(List<Coding> drafts) {
        Map<Long, String> texts = checkAll(drafts);
        List<Long> ids = jdbc.batchInsert("INSERT INTO coding (guid, document_id, code_id, coder_id, start_pos, "
                + "end_pos, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", drafts.stream().map(c -> new Object[] {
                c.guid(), c.documentId(), c.codeId(), c.coderId(), c.range().start(), c.range().end(),
                c.createdAt()}).toList());
        List<Coding> stored = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Coding d = drafts.get(i);
            stored.add(new Coding(ids.get(i), d.guid(), d.documentId(), d.codeId(), d.coderId(), d.range(),
                    d.createdAt()));
            versions.changed(TABLE, ids.get(i), 0);
        }
        history.codings(ChangeKind.CODED, stored, c -> excerpt(texts, c));
        return stored;
    }

    @Override
    public void restoreAll(List<Coding> codings) {
        Map<Long, String> texts = checkAll(codings);
        jdbc.batchUpdate("INSERT INTO coding (id, guid, document_id, code_id, coder_id, start_pos, end_pos, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", codings.stream().map(c -> new Object[] {c.id(),
                c.guid(), c.documentId(), c.codeId(), c.coderId(), c.range().start(), c.range().end(),
                c.createdAt()}).toList());
        codings.forEach(c -> versions.changed(TABLE, c.id(), 0));
        history.codings(ChangeKind.CODING_RESTORED, codings, c -> excerpt(texts, c));
    }

    /**
     * Deletes the codings as the user saw them: refused when another coder changed one of them since (like an
     * edit); one another coder deleted already is simply gone.
     */
    @Override
    public void deleteAll(java.util.Collection<Long> codingIds) {
        List<Long> ids = List.copyOf(codingIds);
        List<Coding> removed = new ArrayList<>(ids.size());
        Map<Long, Integer> current = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            removed.addAll(jdbc.list(COLUMNS + "WHERE id IN (" + chunk.stream().map(id -> "?")
                    .collect(Collectors.joining(", ")) + ")", rs -> {
                        current.put(rs.getLong("id"), rs.getInt("row_version"));
                        return mapSeen(rs);
                    }, chunk.toArray()));
        }
        recordRemoved(removed, null);
        int[] deleted = jdbc.batchUpdate("DELETE FROM coding WHERE id = ? AND row_version = ?", removed.stream()
                .map(c -> new Object[] {c.id(), versions.expected(TABLE, c.id(), current.get(c.id()))}).toList());
        for (int i = 0; i < deleted.length; i++) {
            if (deleted[i] == 0) {
                throw changedMeanwhile(removed.get(i));
            }
        }
    }

    private static ConcurrentEditException changedMeanwhile(Coding c) {
        return new ConcurrentEditException("The coding " + c.range() + " of document " + c.documentId());
    }

    /** Records, before a delete or a cascade, that these codings go; {@code why} says with what, if anything. */
    void recordRemoved(List<Coding> removed, String why) {
        Map<Long, String> texts = new HashMap<>();
        history.codings(ChangeKind.UNCODED, removed, c -> {
            texts.computeIfAbsent(c.documentId(), id -> jdbc.one(
                    "SELECT plain_text FROM document_text WHERE document_id = ?", rs -> rs.getString(1), id)
                    .orElse(""));
            return excerpt(texts, c) + (why == null ? "" : " " + why);
        });
    }

    private static String excerpt(Map<Long, String> texts, Coding c) {
        String text = texts.get(c.documentId());
        return text == null || c.range().end() > text.length() ? ""
                : JdbcHistory.excerpt(text.substring(c.range().start(),
                        Math.min(c.range().end(), c.range().start() + 61)));
    }

    /** Loads each document's text once and checks every range against it; returns the texts by document id. */
    private Map<Long, String> checkAll(List<Coding> codings) {
        Map<Long, String> texts = new HashMap<>();
        for (Coding c : codings) {
            String text = texts.computeIfAbsent(c.documentId(), id -> jdbc.one(
                    "SELECT plain_text FROM document_text WHERE document_id = ?", rs -> rs.getString(1), id)
                    .orElseThrow(() -> new InvalidInputException("There is no document with id " + id + ".")));
            if (c.range().isEmpty()) {
                throw new InvalidInputException("The range " + c.range() + " is empty.");
            }
            try {
                c.range().requireInside(text);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(e.getMessage() + ".", e);
            }
        }
        return texts;
    }

    @Override
    public void setCode(long codingId, long codeId) {
        Optional<Coding> before = byId(codingId);
        before.ifPresent(c -> updateSeen(c, "code_id = ?", codeId));
        before.ifPresent(c -> history.coding(ChangeKind.RECODED, c.withCode(codeId), c.codeId(),
                history.excerptOf(c.documentId(), c.range().start(), c.range().end())));
    }

    @Override
    public void setRange(long codingId, TextRange range) {
        Coding before = byId(codingId).orElseThrow(
                () -> new InvalidInputException("There is no coding with id " + codingId + "."));
        long documentId = before.documentId();
        requireInsideText(documentId, range);
        updateSeen(before, "start_pos = ?, end_pos = ?", range.start(), range.end());
        history.coding(ChangeKind.RESIZED, before.withRange(range), null, "from " + before.range() + " "
                + history.excerptOf(documentId, range.start(), range.end()));
    }

    /** The version a change of this coding must find: the one the user saw (see {@link RowVersions}). */
    private int expectedVersion(long id) {
        int current = jdbc.one("SELECT row_version FROM coding WHERE id = ?", rs -> rs.getInt(1), id).orElse(0);
        return versions.expected(TABLE, id, current);
    }

    /** Deletes the coding as the user saw it; refused when another coder changed it since (like an edit). */
    @Override
    public void delete(long codingId) {
        Optional<Coding> before = byId(codingId);
        if (before.isEmpty()) {
            return; // gone already: what the user wanted
        }
        Coding c = before.get();
        int expected = expectedVersion(codingId);
        history.coding(ChangeKind.UNCODED, c, null, history.excerptOf(c.documentId(), c.range().start(),
                c.range().end()));
        if (jdbc.update("DELETE FROM coding WHERE id = ? AND row_version = ?", codingId, expected) == 0) {
            throw changedMeanwhile(c);
        }
    }

    @Override
    public Map<Long, Integer> countByCode() {
        return counts("SELECT code_id, COUNT(*) FROM coding GROUP BY code_id");
    }

    @Override
    public Map<Long, Integer> documentCountByCode() {
        return counts("SELECT code_id, COUNT(DISTINCT document_id) FROM coding GROUP BY code_id");
    }

    private Map<Long, Integer> counts(String sql) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.list(sql, rs -> counts.put(rs.getLong(1), rs.getInt(2)));
        return counts;
    }

    /** The store's own guard on every write: inside the text, non-empty, no character split in two. */
    private void requireInsideText(long documentId, TextRange range) {
        int length = jdbc.one("SELECT text_length FROM document WHERE id = ?", rs -> rs.getInt(1), documentId)
                .orElseThrow(() -> new InvalidInputException("There is no document with id " + documentId + "."));
        if (range.isEmpty() || range.end() > length) {
            throw new InvalidInputException("The range " + range + " is empty or lies outside the document's text ("
                    + length + " characters).");
        }
        for (int offset : new int[] {range.start(), range.end()}) {
            if (offset > 0 && offset < length) {
                String pair = jdbc.textSlice(documentId, offset - 1, 2);
                if (pair.length() == 2 && Character.isHighSurrogate(pair.charAt(0))
                        && Character.isLowSurrogate(pair.charAt(1))) {
                    throw new InvalidInputException("The range " + range + " splits a character in two.");
                }
            }
        }
    }
}
