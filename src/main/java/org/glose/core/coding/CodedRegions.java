package org.glose.core.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glose.core.model.Coding;
import org.glose.core.text.TextRange;

/**
 * The union of coded passages per document, overlapping or touching passages merged, so that a hit running
 * across two adjacent codings of the same code still counts as inside.
 */
public final class CodedRegions {

    private final Map<Long, int[]> starts = new HashMap<>();
    private final Map<Long, int[]> ends = new HashMap<>();

    public CodedRegions(Collection<Coding> codings) {
        Map<Long, List<TextRange>> byDocument = new HashMap<>();
        for (Coding c : codings) {
            byDocument.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c.range());
        }
        byDocument.forEach((document, ranges) -> {
            List<TextRange> merged = merge(ranges);
            starts.put(document, merged.stream().mapToInt(TextRange::start).toArray());
            ends.put(document, merged.stream().mapToInt(TextRange::end).toArray());
        });
    }

    /** Sorted ranges with overlapping or touching ones joined. */
    public static List<TextRange> merge(List<TextRange> ranges) {
        List<TextRange> sorted = new ArrayList<>(ranges);
        sorted.sort(null);
        List<TextRange> merged = new ArrayList<>();
        for (TextRange r : sorted) {
            TextRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r.start() <= last.end()) {
                merged.set(merged.size() - 1, new TextRange(last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /** True when the whole range lies inside one coded region of the document. */
    public boolean contains(long documentId, TextRange range) {
        int[] s = starts.get(documentId);
        if (s == null) {
            return false;
        }
        int i = java.util.Arrays.binarySearch(s, range.start());
        int region = i >= 0 ? i : -i - 2;
        return region >= 0 && range.end() <= ends.get(documentId)[region];
    }
}
