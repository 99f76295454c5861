package org.glose.core.search;

import java.util.List;
import java.util.Map;
import org.glose.core.text.TextRange;

/**
 * The answer to a search: {@code total} hit occurrences (a phrase counts once) in {@code documents} documents;
 * {@code hits} holds the first ones in document order as key words in context (bounded by the request's limit),
 * {@code ranges} all of them by document id, in the same order, for auto-coding and highlighting.
 */
public record SearchResult(String query, int total, int documents, List<SearchHit> hits,
                           Map<Long, List<TextRange>> ranges) {

    public SearchResult {
        hits = List.copyOf(hits);
        ranges = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ranges));
    }

    /** The hits of one document, in text order (empty when it has none). */
    public List<TextRange> rangesIn(long documentId) {
        return ranges.getOrDefault(documentId, List.of());
    }
}
