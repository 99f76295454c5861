package org.glose.core.analysis.cooccurrence;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glose.core.analysis.data.CodeLabels;
import org.glose.core.analysis.data.CodedData;
import org.glose.core.analysis.data.Paragraphs;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.ProjectCase;
import org.glose.core.task.Cancellation;

/**
 * Counts, for the paragraph, document and case units, the units holding each code and each pair of codes. A unit's
 * distinct codes are collected once (a stamp array, no sets), then every pair among them is counted: the work is
 * the number of codings plus, per unit, the square of the codes it holds.
 */
final class UnitCounter {

    private final int k;
    private final long[] both;
    private final long[] totals;
    private final int[] stamp;
    private final int[] present;
    private int serial;

    UnitCounter(int k, long[] both, long[] totals) {
        this.k = k;
        this.both = both;
        this.totals = totals;
        this.stamp = new int[k];
        this.present = new int[k];
    }

    /** Counts documents; returns the number of units. */
    long documents(CodedData data, Map<Long, List<Coding>> byDocument, CodeLabels labels, Cancellation cancel) {
        for (Document d : data.documents()) {
            cancel.throwIfCancelled();
            unit(rowsOf(byDocument.getOrDefault(d.id(), List.of()), labels));
        }
        return data.documents().size();
    }

    /** Counts cases: a case holds the codes of all its documents. */
    long cases(CodedData data, Map<Long, List<Coding>> byDocument, CodeLabels labels, Cancellation cancel) {
        Map<Long, int[]> rowsOfDocument = new HashMap<>();
        for (Document d : data.documents()) {
            rowsOfDocument.put(d.id(), rowsOf(byDocument.getOrDefault(d.id(), List.of()), labels));
        }
        for (ProjectCase c : data.cases()) {
            cancel.throwIfCancelled();
            serial++;
            int count = 0;
            for (long documentId : data.caseDocuments().getOrDefault(c.id(), List.of())) {
                for (int row : rowsOfDocument.getOrDefault(documentId, new int[0])) {
                    if (stamp[row] != serial) {
                        stamp[row] = serial;
                        present[count++] = row;
                    }
                }
            }
            count(count);
        }
        return data.cases().size();
    }

    /** Counts paragraphs: a coding belongs to every paragraph it touches. */
    long paragraphs(CodedData data, Map<Long, List<Coding>> byDocument, CodeLabels labels, Cancellation cancel) {
        long units = 0;
        for (Document d : data.documents()) {
            cancel.throwIfCancelled();
            Paragraphs paragraphs = data.paragraphsOf(d.id());
            units += paragraphs.count();
            List<Coding> codings = byDocument.getOrDefault(d.id(), List.of());
            long[] events = new long[Math.max(16, codings.size() * 2)];
            int n = 0;
            for (Coding c : codings) {
                int[] rows = labels.of(c.codeId());
                for (int p = paragraphs.first(c.range()); rows.length > 0 && p <= paragraphs.last(c.range()); p++) {
                    for (int row : rows) {
                        if (n == events.length) {
                            events = Arrays.copyOf(events, n * 2);
                        }
                        events[n++] = ((long) p << 32) | row;
                    }
                }
            }
            Arrays.sort(events, 0, n);
            int i = 0;
            while (i < n) {
                long paragraph = events[i] >>> 32;
                serial++;
                int count = 0;
                for (; i < n && events[i] >>> 32 == paragraph; i++) {
                    int row = (int) (events[i] & 0xffffffffL);
                    if (stamp[row] != serial) {
                        stamp[row] = serial;
                        present[count++] = row;
                    }
                }
                count(count);
            }
        }
        return units;
    }

    private int[] rowsOf(List<Coding> codings, CodeLabels labels) {
        serial++;
        int count = 0;
        for (Coding c : codings) {
            for (int row : labels.of(c.codeId())) {
                if (stamp[row] != serial) {
                    stamp[row] = serial;
                    present[count++] = row;
                }
            }
        }
        return Arrays.copyOf(present, count);
    }

    private void unit(int[] rows) {
        System.arraycopy(rows, 0, present, 0, rows.length);
        count(rows.length);
    }

    /** One unit holding the {@code count} distinct rows in {@code present}. */
    private void count(int count) {
        for (int a = 0; a < count; a++) {
            int ra = present[a];
            totals[ra]++;
            for (int b = a + 1; b < count; b++) {
                int rb = present[b];
                both[ra * k + rb]++;
                both[rb * k + ra]++;
            }
        }
    }
}
