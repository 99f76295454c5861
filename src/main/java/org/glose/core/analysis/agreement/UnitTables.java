package org.glose.core.analysis.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.glose.core.model.Coding;
import org.glose.core.text.OffsetIndex;
import org.glose.core.text.TextRange;

/**
 * Turns one document's codings into reliability data, one table per code: the unit definitions of
 * docs/agreement.md. Values are 1 (coded) and 0 (not coded), so every table has two categories.
 */
public final class UnitTables {

    static final int NOT_CODED = 0;
    static final int CODED = 1;

    private UnitTables() {
    }

    /**
     * The tables of one document. {@code coders} fixes the order of the values; codings by other coders and of
     * codes outside {@code codeIds} are ignored; every code of {@code codeIds} gets a table, possibly all zeros.
     */
    public static Map<Long, Ratings> of(Unit unit, String text, List<Long> coders, Collection<Long> codeIds,
                                        List<Coding> codings) {
        Map<Long, List<List<TextRange>>> byCode = group(coders, codeIds, codings);
        OffsetIndex index = unit == Unit.CHARACTER ? OffsetIndex.of(text) : null;
        List<TextRange> paragraphs = unit == Unit.PARAGRAPH ? paragraphs(text) : List.of();
        Map<Long, Ratings> tables = new LinkedHashMap<>();
        for (Long codeId : codeIds) {
            List<List<TextRange>> perCoder = byCode.get(codeId);
            Ratings.Builder b = Ratings.builder(coders.size(), 2);
            switch (unit) {
                case CHARACTER -> characters(b, text.length(), index, perCoder);
                case PARAGRAPH -> paragraphs(b, paragraphs, perCoder);
                case DOCUMENT -> b.add(1, document(coders.size(), perCoder));
                case SEGMENT -> segments(b, codings, coders, codeId, perCoder);
            }
            tables.put(codeId, b.build());
        }
        return tables;
    }

    /** Maximal runs of text without a line break that hold something other than white space. */
    public static List<TextRange> paragraphs(String text) {
        List<TextRange> result = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (!text.substring(start, i).isBlank()) {
                    result.add(new TextRange(start, i));
                }
                start = i + 1;
            }
        }
        return result;
    }

    /** Union of ranges, sorted, with overlapping and touching ranges joined. */
    static List<TextRange> union(List<TextRange> ranges) {
        List<TextRange> sorted = new ArrayList<>(ranges);
        sorted.sort(null);
        List<TextRange> merged = new ArrayList<>();
        for (TextRange r : sorted) {
            if (!merged.isEmpty() && r.start() <= merged.get(merged.size() - 1).end()) {
                TextRange last = merged.remove(merged.size() - 1);
                merged.add(new TextRange(last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /** True when one of the sorted, disjoint {@code ranges} shares a character with {@code target}. */
    static boolean overlapsAny(List<TextRange> ranges, TextRange target) {
        int lo = 0;
        int hi = ranges.size();
        while (lo < hi) { // first range ending after target's start
            int mid = (lo + hi) >>> 1;
            if (ranges.get(mid).end() <= target.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < ranges.size() && ranges.get(lo).start() < target.end();
    }

    private static Map<Long, List<List<TextRange>>> group(List<Long> coders, Collection<Long> codeIds,
                                                          List<Coding> codings) {
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < coders.size(); i++) {
            position.put(coders.get(i), i);
        }
        java.util.Set<Long> wanted = new java.util.HashSet<>(codeIds);
        Map<Long, List<List<TextRange>>> raw = new HashMap<>();
        for (Coding c : codings) {
            Integer p = position.get(c.coderId());
            if (p == null || !wanted.contains(c.codeId())) {
                continue;
            }
            raw.computeIfAbsent(c.codeId(), k -> {
                List<List<TextRange>> lists = new ArrayList<>();
                coders.forEach(coder -> lists.add(new ArrayList<>()));
                return lists;
            }).get(p).add(c.range());
        }
        Map<Long, List<List<TextRange>>> unions = new HashMap<>();
        raw.forEach((code, lists) -> unions.put(code, lists.stream().map(UnitTables::union).toList()));
        return unions;
    }

    private static void characters(Ratings.Builder b, int length, OffsetIndex index, List<List<TextRange>> perCoder) {
        int coders = b.coders();
        if (perCoder == null) {
            int chars = index.codePointLength();
            if (chars > 0) {
                b.add(chars, new int[b.coders()]);
            }
            return;
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        perCoder.forEach(list -> list.forEach(r -> {
            cuts.add(r.start());
            cuts.add(r.end());
        }));
        int[] next = new int[coders];
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                int[] values = new int[coders];
                for (int c = 0; c < coders; c++) {
                    List<TextRange> ranges = perCoder.get(c);
                    while (next[c] < ranges.size() && ranges.get(next[c]).end() <= from) {
                        next[c]++;
                    }
                    values[c] = next[c] < ranges.size() && ranges.get(next[c]).start() <= from ? CODED : NOT_CODED;
                }
                b.add(index.toCodePoints(to) - index.toCodePoints(from), values);
            }
            from = to;
        }
    }

    private static void paragraphs(Ratings.Builder b, List<TextRange> paragraphs, List<List<TextRange>> perCoder) {
        for (TextRange p : paragraphs) {
            int[] values = new int[b.coders()];
            for (int c = 0; perCoder != null && c < values.length; c++) {
                values[c] = overlapsAny(perCoder.get(c), p) ? CODED : NOT_CODED;
            }
            b.add(1, values);
        }
    }

    private static int[] document(int coders, List<List<TextRange>> perCoder) {
        int[] values = new int[coders];
        for (int c = 0; perCoder != null && c < values.length; c++) {
            values[c] = perCoder.get(c).isEmpty() ? NOT_CODED : CODED;
        }
        return values;
    }

    private static void segments(Ratings.Builder b, List<Coding> codings, List<Long> coders, long codeId,
                                 List<List<TextRange>> perCoder) {
        if (perCoder == null) {
            return;
        }
        for (Coding coding : codings) {
            if (coding.codeId() != codeId || !coders.contains(coding.coderId())) {
                continue;
            }
            int[] values = new int[coders.size()];
            for (int c = 0; c < values.length; c++) {
                values[c] = overlapsAny(perCoder.get(c), coding.range()) ? CODED : NOT_CODED;
            }
            b.add(1, values);
        }
    }
}
