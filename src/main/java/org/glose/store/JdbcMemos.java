package org.glose.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.glose.core.model.Memo;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.MemoRepository;
import org.glose.core.text.TextRange;

final class JdbcMemos implements MemoRepository {

    private final Jdbc jdbc;

    JdbcMemos(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    private static Memo map(ResultSet rs) throws SQLException {
        return new Memo(rs.getLong("id"), rs.getString("guid"), rs.getString("title"), rs.getString("body"),
                Jdbc.nullableLong(rs, "document_id"), Jdbc.nullableLong(rs, "code_id"),
                Jdbc.nullableLong(rs, "coding_id"), Jdbc.nullableLong(rs, "coder_id"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"), passage(rs));
    }

    private static TextRange passage(ResultSet rs) throws SQLException {
        Integer start = Jdbc.nullableInt(rs, "start_pos");
        Integer end = Jdbc.nullableInt(rs, "end_pos");
        return start == null || end == null ? null : new TextRange(start, end);
    }

    @Override
    public List<Memo> list() {
        return jdbc.list("SELECT * FROM memo ORDER BY id", JdbcMemos::map);
    }

    @Override
    public Memo insert(String title, String text, Long documentId, Long codeId, Long codingId, Long coderId,
                       String guid, Instant at) {
        long id = jdbc.insert("INSERT INTO memo (guid, title, body, document_id, code_id, coding_id, coder_id, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", guid, title, text, documentId,
                codeId, codingId, coderId, at, at);
        return new Memo(id, guid, title, text, documentId, codeId, codingId, coderId, at, at);
    }

    @Override
    public Memo add(Memo m) {
        requireInsideText(m);
        long id = jdbc.insert("INSERT INTO memo (guid, title, body, document_id, code_id, coding_id, coder_id, "
                        + "created_at, updated_at, start_pos, end_pos) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.guid(), m.title(), m.text(), m.documentId(), m.codeId(), m.codingId(), m.coderId(), m.createdAt(),
                m.updatedAt(), start(m), end(m));
        return new Memo(id, m.guid(), m.title(), m.text(), m.documentId(), m.codeId(), m.codingId(), m.coderId(),
                m.createdAt(), m.updatedAt(), m.passage());
    }

    @Override
    public void restore(Memo m) {
        jdbc.update("INSERT INTO memo (id, guid, title, body, document_id, code_id, coding_id, coder_id, created_at, "
                        + "updated_at, start_pos, end_pos) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", m.id(),
                m.guid(), m.title(), m.text(), m.documentId(), m.codeId(), m.codingId(), m.coderId(), m.createdAt(),
                m.updatedAt(), start(m), end(m));
    }

    private static Integer start(Memo m) {
        return m.passage() == null ? null : m.passage().start();
    }

    private static Integer end(Memo m) {
        return m.passage() == null ? null : m.passage().end();
    }

    /** A passage must lie inside its document's text and split no character, like a coding's range. */
    private void requireInsideText(Memo m) {
        if (m.passage() == null) {
            return;
        }
        String text = jdbc.one("SELECT plain_text FROM document_text WHERE document_id = ?", rs -> rs.getString(1),
                m.documentId()).orElseThrow(() -> new InvalidInputException("There is no document with id "
                + m.documentId() + "."));
        if (m.passage().isEmpty()) {
            throw new InvalidInputException("The passage " + m.passage() + " is empty.");
        }
        try {
            m.passage().requireInside(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage() + ".", e);
        }
    }

    @Override
    public void delete(long memoId) {
        jdbc.update("DELETE FROM memo WHERE id = ?", memoId);
    }
}
