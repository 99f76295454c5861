package org.glose.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.glose.core.model.Memo;
import org.glose.core.project.MemoRepository;

final class JdbcMemos implements MemoRepository {

    private final Jdbc jdbc;

    JdbcMemos(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    private static Memo map(ResultSet rs) throws SQLException {
        return new Memo(rs.getLong("id"), rs.getString("guid"), rs.getString("title"), rs.getString("body"),
                Jdbc.nullableLong(rs, "document_id"), Jdbc.nullableLong(rs, "code_id"),
                Jdbc.nullableLong(rs, "coding_id"), Jdbc.nullableLong(rs, "coder_id"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"));
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
    public void restore(Memo m) {
        jdbc.update("INSERT INTO memo (id, guid, title, body, document_id, code_id, coding_id, coder_id, created_at, "
                        + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", m.id(), m.guid(), m.title(), m.text(),
                m.documentId(), m.codeId(), m.codingId(), m.coderId(), m.createdAt(), m.updatedAt());
    }

    @Override
    public void delete(long memoId) {
        jdbc.update("DELETE FROM memo WHERE id = ?", memoId);
    }
}
