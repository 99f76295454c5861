package org.glose.bench;

import java.util.HashMap;
import java.util.Map;
import org.glose.store.RawCodingRows;

/**
 * The raw baseline of the overlap co-occurrence: the codings' four columns read with plain JDBC
 * ({@link RawCodingRows}), then the pairs of overlapping codings of different codes counted per pair of codes
 * with the plain loop anyone would write first (rows in document and start order; each coding against the later
 * ones that start before it ends). Returns the number of such pairs, which must equal the sum of Glose's table.
 */
final class RawCoOccurrence {

    private RawCoOccurrence() {
    }

    static long count(RawCodingRows source) {
        RawCodingRows.Rows rows = source.read();
        Map<Long, Integer> index = new HashMap<>();
        int[] codes = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            codes[i] = index.computeIfAbsent(rows.code()[i], c -> index.size());
        }
        int k = index.size();
        long[] pairs = new long[k * k];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size() && rows.document()[j] == rows.document()[i]
                    && rows.start()[j] < rows.end()[i]; j++) {
                if (codes[i] != codes[j]) {
                    pairs[Math.min(codes[i], codes[j]) * k + Math.max(codes[i], codes[j])]++;
                }
            }
        }
        long total = 0;
        for (long p : pairs) {
            total += p;
        }
        return total;
    }
}
