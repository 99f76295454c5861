package org.glose.core.analysis.cooccurrence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glose.core.analysis.data.CodeLabels;
import org.glose.core.analysis.data.CodedData;
import org.glose.core.model.Coding;
import org.glose.core.task.Cancellation;

/**
 * Code co-occurrence as a pure function of {@link CodedData} (docs/analysis.md). Overlap and near count pairs of
 * codings with a sweep per document ({@link PairSweep}); paragraph, document and case count the units holding
 * codes ({@link UnitCounter}). Two codings of the same code never count as a co-occurrence, and a coding never
 * co-occurs with itself (which matters with sub-codes, where one coding counts for its code and its ancestors).
 */
public final class CoOccurrence {

    private CoOccurrence() {
    }

    public static CoOccurrenceTable compute(CodedData data, CoOccurrenceOptions options) {
        return compute(data, options, new Cancellation());
    }

    public static CoOccurrenceTable compute(CodedData data, CoOccurrenceOptions options, Cancellation cancel) {
        CodeLabels labels = CodeLabels.of(data, options.withSubcodes());
        int k = labels.size();
        long[] totals = new long[k];
        long[] both = new long[k * k];
        Map<Long, List<Coding>> byDocument = byDocument(data.codings());
        long units = 0;
        switch (options.unit()) {
            case OVERLAP, NEAR -> {
                long reach = options.unit() == CoOccurrenceUnit.NEAR ? options.distance() + 1L : 0L;
                long[] directed = new long[k * k];
                PairSweep sweep = new PairSweep(k, directed, totals);
                for (List<Coding> codings : byDocument.values()) {
                    cancel.throwIfCancelled();
                    sweep.document(codings, labels, reach);
                }
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        both[i * k + j] = directed[i * k + j] + directed[j * k + i];
                    }
                }
            }
            case DOCUMENT -> units = new UnitCounter(k, both, totals).documents(data, byDocument, labels, cancel);
            case PARAGRAPH -> units = new UnitCounter(k, both, totals).paragraphs(data, byDocument, labels, cancel);
            case CASE -> units = new UnitCounter(k, both, totals).cases(data, byDocument, labels, cancel);
            default -> throw new IllegalStateException("Unknown unit " + options.unit());
        }
        return new CoOccurrenceTable(data.codes(), data.codePaths(), options, totals, both, units);
    }

    static Map<Long, List<Coding>> byDocument(List<Coding> codings) {
        Map<Long, List<Coding>> map = new HashMap<>();
        for (Coding c : codings) {
            map.computeIfAbsent(c.documentId(), d -> new ArrayList<>()).add(c);
        }
        return map;
    }
}
