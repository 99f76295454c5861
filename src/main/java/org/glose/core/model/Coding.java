package org.glose.core.model;

import java.time.Instant;
import org.glose.core.text.TextRange;

/** One coded passage: a range of one document assigned to one code by one coder. */
public record Coding(long id, String guid, long documentId, long codeId, long coderId, TextRange range,
                     Instant createdAt) {

    public Coding withCode(long newCodeId) {
        return new Coding(id, guid, documentId, newCodeId, coderId, range, createdAt);
    }

    public Coding withRange(TextRange newRange) {
        return new Coding(id, guid, documentId, codeId, coderId, newRange, createdAt);
    }
}
