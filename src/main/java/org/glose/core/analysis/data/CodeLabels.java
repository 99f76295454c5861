package org.glose.core.analysis.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;

/**
 * Which rows of a table a coding counts for. A code counts its own codings only; with sub-codes (NVivo's
 * "aggregate") a coding also counts for every ancestor of its code that is among the analysed codes. Rows are
 * the indices of the analysed codes, in their order.
 */
public final class CodeLabels {

    private static final int[] NONE = new int[0];

    private final Map<Long, int[]> labels = new HashMap<>();
    private final int size;

    private CodeLabels(List<Code> codes, Codebook book, boolean withSubcodes) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            index.put(codes.get(i).id(), i);
        }
        size = codes.size();
        for (Code code : codes) {
            List<Integer> rows = new ArrayList<>();
            rows.add(index.get(code.id()));
            if (withSubcodes) {
                Long parent = code.parentId();
                while (parent != null) {
                    Integer row = index.get(parent);
                    if (row != null) {
                        rows.add(row);
                    }
                    parent = book.byId(parent).map(Code::parentId).orElse(null);
                }
            }
            labels.put(code.id(), rows.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    public static CodeLabels of(CodedData data, boolean withSubcodes) {
        return new CodeLabels(data.codes(), data.codebook(), withSubcodes);
    }

    /** The rows a coding of this code counts for: empty when the code is not analysed. */
    public int[] of(long codeId) {
        return labels.getOrDefault(codeId, NONE);
    }

    /** The number of rows (analysed codes). */
    public int size() {
        return size;
    }
}
