package org.glose.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.glose.core.model.Coding;
import org.glose.core.project.Action;
import org.glose.core.project.ChangeEntry;
import org.glose.core.project.ChangeKind;
import org.glose.core.project.HistoryFilter;
import org.glose.core.project.HistoryRepository;

/**
 * Reads and writes the {@code change_history} table. The repositories of a transaction call the record methods
 * in their own write paths, so every change made through the store is recorded, with the transaction's actor,
 * user action and time, whatever command made it.
 */
final class JdbcHistory implements HistoryRepository {

    private static final int EXCERPT = 60;
    private static final String INSERT = "INSERT INTO change_history (changed_at, actor, action_label, kind, "
            + "document_id, document_name, code_id, code_name, other_code_id, other_code_name, coding_id, start_pos, "
            + "end_pos, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String COLUMNS = "SELECT id, changed_at, actor, action_label, kind, document_id, "
            + "document_name, code_id, code_name, other_code_id, other_code_name, coding_id, start_pos, end_pos, "
            + "detail FROM change_history ";

    private final Jdbc jdbc;
    private final Instant now;
    private final Action action;
    private final Map<Long, String> codeNames = new HashMap<>();
    private final Map<Long, String> documentNames = new HashMap<>();

    JdbcHistory(Jdbc jdbc, Instant now, Action action) {
        this.jdbc = jdbc;
        this.now = now;
        this.action = action;
    }

    @Override
    public List<ChangeEntry> list(HistoryFilter filter) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.documentId() != null) {
            where.append(" AND document_id = ?");
            params.add(filter.documentId());
        }
        if (filter.codeId() != null) {
            where.append(" AND (code_id = ? OR other_code_id = ?)");
            params.add(filter.codeId());
            params.add(filter.codeId());
        }
        String limit = filter.limit() > 0 ? " FETCH FIRST " + filter.limit() + " ROWS ONLY" : "";
        return jdbc.list(COLUMNS + where + " ORDER BY id DESC" + limit, JdbcHistory::map, params.toArray());
    }

    private static ChangeEntry map(ResultSet rs) throws SQLException {
        return new ChangeEntry(rs.getLong("id"), Jdbc.instant(rs, "changed_at"), rs.getString("actor"),
                rs.getString("action_label"), ChangeKind.valueOf(rs.getString("kind")),
                Jdbc.nullableLong(rs, "document_id"), rs.getString("document_name"), Jdbc.nullableLong(rs, "code_id"),
                rs.getString("code_name"), Jdbc.nullableLong(rs, "other_code_id"), rs.getString("other_code_name"),
                Jdbc.nullableLong(rs, "coding_id"), Jdbc.nullableInt(rs, "start_pos"), Jdbc.nullableInt(rs, "end_pos"),
                rs.getString("detail"));
    }

    /** One coding entry; {@code otherCodeId} is the former code of a recoding. */
    void coding(ChangeKind kind, Coding c, Long otherCodeId, String detail) {
        jdbc.update(INSERT, row(kind, c, otherCodeId, detail));
    }

    /** Many coding entries in one batch (bulk coding, removals, cascades); {@code detail} per coding. */
    void codings(ChangeKind kind, List<Coding> codings, Function<Coding, String> detail) {
        if (!codings.isEmpty()) {
            jdbc.batchUpdate(INSERT, codings.stream().map(c -> row(kind, c, null, detail.apply(c))).toList());
        }
    }

    private Object[] row(ChangeKind kind, Coding c, Long otherCodeId, String detail) {
        return new Object[] {now, action.actor(), action.label(), kind.name(), c.documentId(),
                documentName(c.documentId()), c.codeId(), codeName(c.codeId()), otherCodeId,
                otherCodeId == null ? null : codeName(otherCodeId), c.id(), c.range().start(), c.range().end(),
                clip(detail)};
    }

    void code(ChangeKind kind, long codeId, String codeName, Long otherCodeId, String detail) {
        codeNames.put(codeId, codeName);
        jdbc.update(INSERT, now, action.actor(), action.label(), kind.name(), null, null, codeId, codeName,
                otherCodeId, otherCodeId == null ? null : codeName(otherCodeId), null, null, null, clip(detail));
    }

    void document(ChangeKind kind, long documentId, String documentName, String detail) {
        documentNames.put(documentId, documentName);
        jdbc.update(INSERT, now, action.actor(), action.label(), kind.name(), documentId, documentName, null, null,
                null, null, null, null, null, clip(detail));
    }

    /** The passage a coding covers, shortened, for the entry's detail: "« la donnée publique… »". */
    static String excerpt(String text) {
        String t = text.replace('\n', ' ').strip();
        if (t.length() > EXCERPT) {
            int cut = Character.isHighSurrogate(t.charAt(EXCERPT - 1)) ? EXCERPT - 1 : EXCERPT;
            t = t.substring(0, cut) + "…";
        }
        return "« " + t + " »";
    }

    /** The excerpt of a range read from the stored text (in UTF-16 units). */
    String excerptOf(long documentId, int start, int end) {
        int length = Math.min(end - start, EXCERPT + 1);
        String slice = jdbc.textSlice(documentId, start, length);
        return slice.isEmpty() ? "" : excerpt(slice);
    }

    private String codeName(long codeId) {
        return codeNames.computeIfAbsent(codeId, id -> jdbc.one("SELECT name FROM code WHERE id = ?",
                rs -> rs.getString(1), id).orElse(null));
    }

    private String documentName(long documentId) {
        return documentNames.computeIfAbsent(documentId, id -> jdbc.one("SELECT name FROM document WHERE id = ?",
                rs -> rs.getString(1), id).orElse(null));
    }

    private static String clip(String detail) {
        return detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3999) + "…";
    }
}
