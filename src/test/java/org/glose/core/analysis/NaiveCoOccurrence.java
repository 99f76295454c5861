package org.glose.core.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.data.CodeLabels;
import org.glose.core.analysis.data.CodedData;
import org.glose.core.analysis.data.Paragraphs;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.ProjectCase;

/** The definitions of docs/analysis.md written the obvious, quadratic way: the reference for the sweep. */
final class NaiveCoOccurrence {

    /** {totals[k], both[k*k]} */
    static long[][] compute(CodedData data, CoOccurrenceOptions options) {
        CodeLabels labels = CodeLabels.of(data, options.withSubcodes());
        int k = labels.size();
        long[] totals = new long[k];
        long[] both = new long[k * k];
        List<Coding> codings = data.codings();
        if (options.unit().countsPairs()) {
            for (Coding x : codings) {
                for (int a : labels.of(x.codeId())) {
                    totals[a]++;
                }
                for (Coding y : codings) {
                    if (x == y || x.documentId() != y.documentId() || !near(x, y, options)) {
                        continue;
                    }
                    for (int a : labels.of(x.codeId())) {
                        for (int b : labels.of(y.codeId())) {
                            if (a != b) {
                                both[a * k + b]++;
                            }
                        }
                    }
                }
            }
            return new long[][] {totals, both};
        }
        if (options.unit() == CoOccurrenceUnit.DOCUMENT) {
            for (Document d : data.documents()) {
                unit(rows(codings, labels, c -> c.documentId() == d.id()), k, totals, both);
            }
        } else if (options.unit() == CoOccurrenceUnit.CASE) {
            for (ProjectCase pc : data.cases()) {
                List<Long> docs = data.caseDocuments().get(pc.id());
                unit(rows(codings, labels, c -> docs.contains(c.documentId())), k, totals, both);
            }
        } else {
            for (Document d : data.documents()) {
                Paragraphs p = data.paragraphsOf(d.id());
                for (int i = 0; i < p.count(); i++) {
                    int index = i;
                    unit(rows(codings, labels, c -> c.documentId() == d.id()
                            && p.first(c.range()) <= index && p.last(c.range()) >= index), k, totals, both);
                }
            }
        }
        return new long[][] {totals, both};
    }

    private static boolean near(Coding x, Coding y, CoOccurrenceOptions options) {
        if (x.range().overlaps(y.range())) {
            return true;
        }
        if (options.unit() == CoOccurrenceUnit.OVERLAP) {
            return false;
        }
        long gap = Math.max(x.range().start(), y.range().start()) - (long) Math.min(x.range().end(), y.range().end());
        return gap <= options.distance();
    }

    private static Set<Integer> rows(List<Coding> codings, CodeLabels labels,
                                     java.util.function.Predicate<Coding> in) {
        Set<Integer> rows = new HashSet<>();
        for (Coding c : codings) {
            if (in.test(c)) {
                for (int r : labels.of(c.codeId())) {
                    rows.add(r);
                }
            }
        }
        return rows;
    }

    private static void unit(Set<Integer> rows, int k, long[] totals, long[] both) {
        for (int a : rows) {
            totals[a]++;
            for (int b : rows) {
                if (a != b) {
                    both[a * k + b]++;
                }
            }
        }
    }

    private NaiveCoOccurrence() {
    }
}
