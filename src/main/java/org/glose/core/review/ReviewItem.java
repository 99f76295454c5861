package org.glose.core.review;

import java.time.Instant;
import org.glose.core.text.TextRange;

/**
 * One comment of the review list: who wrote what and when, about which passage of which document; for a comment
 * on a coding, also the coding's code (path) and coder.
 */
public record ReviewItem(long memoId, String author, Instant at, String comment, long documentId, String document,
                         TextRange passage, String excerpt, Long codingId, String code, String codedBy) {

    public boolean onCoding() {
        return codingId != null;
    }
}
