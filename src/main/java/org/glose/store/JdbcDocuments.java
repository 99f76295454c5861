package org.glose.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.NewDocument;
import org.glose.core.project.ChangeKind;
import org.glose.core.project.DocumentRepository;
import org.glose.core.project.DocumentSnapshot;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.MemoRepository;

final class JdbcDocuments implements DocumentRepository {

    private static final String COLUMNS = "SELECT id, guid, name, format, original_name, sha256, imported_at, "
            + "encoding, language, pages, text_length, text_revision FROM document ";
    private final Jdbc jdbc;
    private final JdbcCases cases;
    private final MemoRepository memos;
    private final JdbcHistory history;
    private final JdbcCodings codings;

    JdbcDocuments(Jdbc jdbc, JdbcCases cases, MemoRepository memos, JdbcHistory history, JdbcCodings codings) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.memos = memos;
        this.history = history;
        this.codings = codings;
    }

    private static Document map(ResultSet rs) throws SQLException {
        return new Document(rs.getLong("id"), rs.getString("guid"), rs.getString("name"), rs.getString("format"),
                rs.getString("original_name"), rs.getString("sha256"), Jdbc.instant(rs, "imported_at"),
                rs.getString("encoding"), rs.getString("language"), Jdbc.nullableInt(rs, "pages"),
                rs.getInt("text_length"), rs.getInt("text_revision"));
    }

    @Override
    public List<Document> list() {
        return jdbc.list(COLUMNS + "ORDER BY name", JdbcDocuments::map);
    }

    @Override
    public Optional<Document> byId(long id) {
        return jdbc.one(COLUMNS + "WHERE id = ?", JdbcDocuments::map, id);
    }

    @Override
    public Optional<Document> byName(String name) {
        return jdbc.one(COLUMNS + "WHERE name = ?", JdbcDocuments::map, name);
    }

    @Override
    public String excerpt(long documentId, int start, int end) {
        int from = Math.max(0, start);
        return end <= from ? "" : jdbc.textSlice(documentId, from, end - from);
    }

    @Override
    public String text(long documentId) {
        return jdbc.one("SELECT plain_text FROM document_text WHERE document_id = ?", rs -> rs.getString(1),
                documentId).orElseThrow(() -> missing(documentId));
    }

    @Override
    public List<Integer> pageStarts(long documentId) {
        Document d = byId(documentId).orElseThrow(() -> missing(documentId));
        if (d.pages() == null) {
            return null;
        }
        return jdbc.list("SELECT start_utf16 FROM page_map WHERE document_id = ? ORDER BY page_no",
                rs -> rs.getInt(1), documentId);
    }

    @Override
    public byte[] original(long documentId) {
        return jdbc.one("SELECT content FROM document_original WHERE document_id = ?", rs -> rs.getBytes(1),
                documentId).orElseThrow(() -> missing(documentId));
    }

    @Override
    public Document insert(NewDocument d, String guid, Instant importedAt) {
        long id = jdbc.insert("INSERT INTO document (guid, name, format, original_name, sha256, imported_at, "
                        + "encoding, language, pages, text_length) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                guid, d.name(), d.format(), d.originalName(), d.sha256(), importedAt, d.encoding(), d.language(),
                d.pages(), d.text().length());
        writeContent(id, d.text(), d.pageStarts(), d.originalBytes());
        history.document(ChangeKind.DOCUMENT_IMPORTED, id, d.name(), d.format() + ", " + d.text().length()
                + " characters, from " + d.originalName());
        return byId(id).orElseThrow();
    }

    private void writeContent(long id, String text, List<Integer> pageStarts, byte[] original) {
        jdbc.update("INSERT INTO document_text (document_id, plain_text) VALUES (?, ?)", id, text);
        jdbc.update("INSERT INTO document_original (document_id, content) VALUES (?, ?)", id, original);
        if (pageStarts != null) {
            for (int page = 0; page < pageStarts.size(); page++) {
                jdbc.update("INSERT INTO page_map (document_id, page_no, start_utf16) VALUES (?, ?, ?)", id,
                        page + 1, pageStarts.get(page));
            }
        }
    }

    @Override
    public DocumentSnapshot snapshot(long documentId) {
        Document d = byId(documentId).orElseThrow(() -> missing(documentId));
        List<Coding> codings = jdbc.list("SELECT id, guid, document_id, code_id, coder_id, start_pos, end_pos, "
                + "created_at FROM coding WHERE document_id = ? ORDER BY id", JdbcCodings::map, documentId);
        var docMemos = memos.list().stream().filter(m -> m.documentId() != null && m.documentId() == documentId
                || m.codingId() != null && codings.stream().anyMatch(c -> c.id() == m.codingId())).toList();
        return new DocumentSnapshot(d, text(documentId), pageStarts(documentId), original(documentId), codings,
                cases.casesOf(documentId), docMemos);
    }

    @Override
    public void restore(DocumentSnapshot s) {
        Document d = s.document();
        jdbc.update("INSERT INTO document (id, guid, name, format, original_name, sha256, imported_at, encoding, "
                        + "language, pages, text_length, text_revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d.id(), d.guid(), d.name(), d.format(), d.originalName(), d.sha256(), d.importedAt(), d.encoding(),
                d.language(), d.pages(), d.length(), d.textRevision());
        writeContent(d.id(), s.text(), s.pageStarts(), s.original());
        history.document(ChangeKind.DOCUMENT_RESTORED, d.id(), d.name(), s.codings().size() + " coding(s)");
        s.codings().forEach(codings::restore);
        s.caseIds().forEach(caseId -> cases.assign(caseId, d.id()));
        s.memos().forEach(memos::restore);
    }

    @Override
    public void delete(long documentId) {
        byId(documentId).ifPresent(d -> {
            List<Coding> coded = codings.list(org.glose.core.project.CodingFilter.ofDocument(documentId));
            codings.recordRemoved(coded, "(with the document « " + d.name() + " »)");
            history.document(ChangeKind.DOCUMENT_DELETED, documentId, d.name(), coded.size() + " coding(s)");
        });
        jdbc.update("DELETE FROM document WHERE id = ?", documentId);
    }

    private static InvalidInputException missing(long id) {
        return new InvalidInputException("There is no document with id " + id + ".");
    }
}
