package org.glose.core.search;

import org.glose.core.text.TextRange;

/**
 * One hit as a key word in context: {@code text} is exactly the stored text inside {@code range};
 * {@code before} and {@code after} are a few words of context with line breaks shown as spaces. {@code page} is
 * the page of the hit's start in paged documents (PDF), null otherwise.
 */
public record SearchHit(long documentId, String document, TextRange range, Integer page, String before,
                        String text, String after) {
}
