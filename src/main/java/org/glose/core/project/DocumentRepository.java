package org.glose.core.project;

import java.util.List;
import java.util.Optional;
import org.glose.core.model.Document;
import org.glose.core.model.NewDocument;

public interface DocumentRepository {

    List<Document> list();

    Optional<Document> byId(long id);

    Optional<Document> byName(String name);

    String text(long documentId);

    /**
     * The part of a document's stored text from {@code start} (inclusive) to {@code end} (exclusive), UTF-16
     * offsets clamped to the text (docs/offsets.md): context lines read a few hundred characters, not the text.
     */
    String excerpt(long documentId, int start, int end);

    /** UTF-16 offsets where each page starts, or null for a document without pages. */
    List<Integer> pageStarts(long documentId);

    byte[] original(long documentId);

    Document insert(NewDocument document, String guid, java.time.Instant importedAt);

    /** Everything a deletion of this document removes, so that {@link #restore} can put it back with its ids. */
    DocumentSnapshot snapshot(long documentId);

    void restore(DocumentSnapshot snapshot);

    void delete(long documentId);
}
