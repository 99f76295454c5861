package org.glose.core.analysis.cooccurrence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.glose.core.analysis.data.CodeLabels;
import org.glose.core.analysis.data.CodedData;
import org.glose.core.analysis.data.Paragraphs;
import org.glose.core.analysis.data.Passage;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.ProjectCase;
import org.glose.core.text.TextRange;

/**
 * The drill-down of a co-occurrence cell: the passages where both codes occur, by document then position, without
 * text (a service reads it). Overlap and near: one passage per pair of codings, from the first start to the last
 * end of the two. Paragraph: each paragraph holding both codes. Document and case: each coding of either code in
 * a document (or case) holding both.
 */
public final class CoOccurrencePassages {

    private CoOccurrencePassages() {
    }

    /** Passages of the cell (row {@code a}, column {@code b}) of a table computed with {@code options}. */
    public static List<Passage> between(CodedData data, CoOccurrenceOptions options, int a, int b) {
        if (a == b) {
            return List.of();
        }
        CodeLabels labels = CodeLabels.of(data, options.withSubcodes());
        Map<Long, List<Coding>> byDocument = CoOccurrence.byDocument(data.codings());
        List<Passage> passages = new ArrayList<>();
        switch (options.unit()) {
            case OVERLAP, NEAR -> {
                long reach = options.unit() == CoOccurrenceUnit.NEAR ? options.distance() : -1;
                for (Document d : data.documents()) {
                    pairs(d, byDocument.getOrDefault(d.id(), List.of()), labels, a, b, reach, passages);
                }
            }
            case PARAGRAPH -> {
                for (Document d : data.documents()) {
                    paragraphs(d, data.paragraphsOf(d.id()), byDocument.getOrDefault(d.id(), List.of()), labels, a, b,
                            passages);
                }
            }
            case DOCUMENT -> {
                for (Document d : data.documents()) {
                    List<Coding> own = byDocument.getOrDefault(d.id(), List.of());
                    if (holds(own, labels, a) && holds(own, labels, b)) {
                        codings(d, own, labels, a, b, passages);
                    }
                }
            }
            case CASE -> cases(data, byDocument, labels, a, b, passages);
            default -> throw new IllegalStateException("Unknown unit " + options.unit());
        }
        return passages;
    }

    private static void pairs(Document d, List<Coding> codings, CodeLabels labels, int a, int b, long reach,
                              List<Passage> out) {
        List<Coding> ofA = codings.stream().filter(c -> has(labels, c, a)).toList();
        List<Coding> ofB = codings.stream().filter(c -> has(labels, c, b)).toList();
        Set<List<Long>> seen = new HashSet<>();
        List<Passage> found = new ArrayList<>();
        for (Coding x : ofA) {
            for (Coding y : ofB) {
                if (x.id() != y.id() && gap(x.range(), y.range()) <= reach) {
                    Coding first = x.id() < y.id() ? x : y;
                    Coding second = first == x ? y : x;
                    if (seen.add(List.of(first.id(), second.id()))) {
                        TextRange span = new TextRange(Math.min(x.range().start(), y.range().start()),
                                Math.max(x.range().end(), y.range().end()));
                        found.add(new Passage(d.id(), d.name(), span, List.of(x.id(), y.id()), null));
                    }
                }
            }
        }
        found.sort(Comparator.comparing(Passage::range));
        out.addAll(found);
    }

    /** Characters between two ranges: -1 when they share one, 0 when they touch. */
    static long gap(TextRange x, TextRange y) {
        if (x.overlaps(y)) {
            return -1;
        }
        return Math.max(x.start(), y.start()) - (long) Math.min(x.end(), y.end());
    }

    private static void paragraphs(Document d, Paragraphs paragraphs, List<Coding> codings, CodeLabels labels, int a,
                                   int b, List<Passage> out) {
        Map<Integer, Set<Long>> codingsOf = new TreeMap<>();
        Map<Integer, boolean[]> has = new TreeMap<>();
        for (Coding c : codings) {
            boolean inA = has(labels, c, a);
            boolean inB = has(labels, c, b);
            if (!inA && !inB) {
                continue;
            }
            for (int p = paragraphs.first(c.range()); p <= paragraphs.last(c.range()); p++) {
                boolean[] flags = has.computeIfAbsent(p, k -> new boolean[2]);
                flags[0] |= inA;
                flags[1] |= inB;
                codingsOf.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(c.id());
            }
        }
        has.forEach((p, flags) -> {
            if (flags[0] && flags[1]) {
                out.add(new Passage(d.id(), d.name(), paragraphs.range(p), List.copyOf(codingsOf.get(p)), null));
            }
        });
    }

    private static void cases(CodedData data, Map<Long, List<Coding>> byDocument, CodeLabels labels, int a, int b,
                              List<Passage> out) {
        Set<Long> documents = new HashSet<>();
        for (ProjectCase c : data.cases()) {
            List<Long> docs = data.caseDocuments().getOrDefault(c.id(), List.of());
            boolean inA = docs.stream().anyMatch(d -> holds(byDocument.getOrDefault(d, List.of()), labels, a));
            boolean inB = docs.stream().anyMatch(d -> holds(byDocument.getOrDefault(d, List.of()), labels, b));
            if (inA && inB) {
                documents.addAll(docs);
            }
        }
        for (Document d : data.documents()) {
            if (documents.contains(d.id())) {
                codings(d, byDocument.getOrDefault(d.id(), List.of()), labels, a, b, out);
            }
        }
    }

    private static void codings(Document d, List<Coding> codings, CodeLabels labels, int a, int b,
                                List<Passage> out) {
        codings.stream().filter(c -> has(labels, c, a) || has(labels, c, b))
                .sorted(Comparator.comparing(Coding::range).thenComparingLong(Coding::id))
                .forEach(c -> out.add(new Passage(d.id(), d.name(), c.range(), List.of(c.id()), null)));
    }

    private static boolean holds(List<Coding> codings, CodeLabels labels, int row) {
        return codings.stream().anyMatch(c -> has(labels, c, row));
    }

    private static boolean has(CodeLabels labels, Coding c, int row) {
        for (int r : labels.of(c.codeId())) {
            if (r == row) {
                return true;
            }
        }
        return false;
    }
}
