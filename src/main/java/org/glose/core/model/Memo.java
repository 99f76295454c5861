package org.glose.core.model;

import java.time.Instant;

/** A memo: free, or about a document, a code or a coding (at most one of the three ids is set). */
public record Memo(long id, String guid, String title, String text, Long documentId, Long codeId, Long codingId,
                   Long coderId, Instant createdAt, Instant updatedAt) {
}
