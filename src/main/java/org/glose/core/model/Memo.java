package org.glose.core.model;

import java.time.Instant;
import org.glose.core.text.TextRange;

/**
 * A memo: free, or about a document, a code or a coding (at most one of the three ids is set). A memo about a
 * document may be anchored to a {@code passage} of its text (a review comment on a passage); null otherwise.
 */
public record Memo(long id, String guid, String title, String text, Long documentId, Long codeId, Long codingId,
                   Long coderId, Instant createdAt, Instant updatedAt, TextRange passage) {

    public Memo {
        if (passage != null && documentId == null) {
            throw new IllegalArgumentException("A memo anchored to a passage must belong to a document");
        }
    }

    /** A memo without a passage. */
    public Memo(long id, String guid, String title, String text, Long documentId, Long codeId, Long codingId,
                Long coderId, Instant createdAt, Instant updatedAt) {
        this(id, guid, title, text, documentId, codeId, codingId, coderId, createdAt, updatedAt, null);
    }
}
