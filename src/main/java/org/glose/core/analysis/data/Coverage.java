package org.glose.core.analysis.data;

import java.util.ArrayList;
import java.util.List;
import org.glose.core.text.TextRange;

/** The union of ranges of one document: what several codings cover together, each character counted once. */
public final class Coverage {

    private Coverage() {
    }

    /** The disjoint, sorted ranges covering the same characters as {@code ranges} (touching ranges merge). */
    public static List<TextRange> union(List<TextRange> ranges) {
        List<TextRange> sorted = new ArrayList<>(ranges);
        sorted.sort(null);
        List<TextRange> merged = new ArrayList<>();
        for (TextRange r : sorted) {
            if (r.isEmpty()) {
                continue;
            }
            if (!merged.isEmpty() && merged.get(merged.size() - 1).end() >= r.start()) {
                TextRange last = merged.remove(merged.size() - 1);
                merged.add(new TextRange(last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /** Characters covered by the union of the ranges. */
    public static long characters(List<TextRange> ranges) {
        long sum = 0;
        for (TextRange r : union(ranges)) {
            sum += r.length();
        }
        return sum;
    }
}
