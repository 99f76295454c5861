package org.glose.core.analysis.frequency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glose.core.analysis.data.CodeLabels;
import org.glose.core.analysis.data.CodedData;
import org.glose.core.analysis.data.Coverage;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.text.TextRange;

/** Code frequencies as a pure function of {@link CodedData}: one row per analysed code, in codebook order. */
public final class CodeFrequencies {

    private CodeFrequencies() {
    }

    public static List<CodeFrequency> compute(CodedData data, boolean withSubcodes) {
        CodeLabels labels = CodeLabels.of(data, withSubcodes);
        int k = labels.size();
        long[] codings = new long[k];
        List<Map<Long, List<TextRange>>> rangesByDocument = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            rangesByDocument.add(new HashMap<>());
        }
        for (Coding c : data.codings()) {
            for (int row : labels.of(c.codeId())) {
                codings[row]++;
                rangesByDocument.get(row).computeIfAbsent(c.documentId(), d -> new ArrayList<>()).add(c.range());
            }
        }
        List<CodeFrequency> rows = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Code code = data.codes().get(i);
            long characters = 0;
            for (List<TextRange> ranges : rangesByDocument.get(i).values()) {
                characters += Coverage.characters(ranges);
            }
            rows.add(new CodeFrequency(code, data.pathOf(code), data.codebook().depth(code.id()), codings[i],
                    rangesByDocument.get(i).size(), characters));
        }
        return rows;
    }
}
