package org.glose.core.project;

import java.util.Set;

/** Which codings to list; a null or empty part means "any". */
public record CodingFilter(Long documentId, Set<Long> codeIds, Long coderId) {

    public static final CodingFilter ALL = new CodingFilter(null, null, null);

    public static CodingFilter ofDocument(long documentId) {
        return new CodingFilter(documentId, null, null);
    }

    public static CodingFilter ofCode(long codeId) {
        return new CodingFilter(null, Set.of(codeId), null);
    }
}
