package org.glose.core.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.glose.core.coding.CodedRegions;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.core.text.PageMap;
import org.glose.core.text.TextRange;

/**
 * Retrieval of coded passages (NVivo's node references, MAXQDA's retrieved segments): for one or several codes,
 * OR or AND, the passages in document order with their page and context. Reads through the transaction given;
 * checks cancellation between documents.
 */
public final class Retrieval {

    /** Characters of context kept on each side of a passage. */
    public static final int CONTEXT = 160;

    private Retrieval() {
    }

    public static List<RetrievedPassage> run(Tx tx, RetrievalSpec spec, Progress progress, Cancellation cancel) {
        Codebook codebook = tx.codes().codebook();
        Map<Long, Long> groupOf = groups(codebook, spec); // code id -> the asked code it counts for
        List<Coding> codings = tx.codings().list(new CodingFilter(null, groupOf.keySet(), null));
        Map<Long, List<Coding>> byDocument = new TreeMap<>();
        codings.forEach(c -> byDocument.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c));
        List<RetrievedPassage> out = new ArrayList<>();
        int done = 0;
        for (Map.Entry<Long, List<Coding>> e : byDocument.entrySet()) {
            cancel.throwIfCancelled();
            progress.update(done++, byDocument.size(), "Retrieving passages");
            List<Found> found = spec.mode() == RetrievalSpec.Mode.ANY ? any(e.getValue(), groupOf, spec.codeIds())
                    : all(e.getValue(), groupOf, spec.codeIds());
            if (found.isEmpty()) {
                continue;
            }
            Document d = tx.documents().byId(e.getKey()).orElseThrow();
            String text = tx.documents().text(d.id());
            List<Integer> starts = tx.documents().pageStarts(d.id());
            PageMap pages = starts == null || starts.isEmpty() ? null : PageMap.of(starts);
            for (Found f : found) {
                List<String> names = f.codes().stream().map(id -> codebook.pathOf(id)).toList();
                out.add(passage(d, text, pages, f.range(), names));
            }
        }
        progress.update(byDocument.size(), byDocument.size(), "Retrieved " + out.size() + " passages");
        return out;
    }

    /** A range and the asked codes it carries. */
    record Found(TextRange range, List<Long> codes) {
    }

    /** Every asked code (by id) and, with sub-codes, each descendant, mapped to the asked code it counts for. */
    static Map<Long, Long> groups(Codebook codebook, RetrievalSpec spec) {
        Map<Long, Long> groupOf = new HashMap<>();
        for (long asked : spec.codeIds()) {
            if (codebook.byId(asked).isEmpty()) {
                throw new InvalidInputException("There is no code with id " + asked + " any more.");
            }
            groupOf.putIfAbsent(asked, asked);
            if (spec.withSubcodes()) {
                for (Code c : codebook.depthFirst()) {
                    if (c.id() != asked && codebook.isSelfOrDescendant(c.id(), asked)) {
                        groupOf.putIfAbsent(c.id(), asked);
                    }
                }
            }
        }
        return groupOf;
    }

    /** OR: each coded range once, with every asked code coding exactly that range (in the order asked). */
    static List<Found> any(List<Coding> codings, Map<Long, Long> groupOf, List<Long> asked) {
        Map<TextRange, Set<Long>> byRange = new TreeMap<>();
        for (Coding c : codings) {
            Long group = groupOf.get(c.codeId());
            if (group != null) {
                byRange.computeIfAbsent(c.range(), k -> new LinkedHashSet<>()).add(group);
            }
        }
        List<Found> out = new ArrayList<>();
        byRange.forEach((range, codes) -> out.add(new Found(range, asked.stream().filter(codes::contains).toList())));
        return out;
    }

    /** AND: the stretches covered by a coding of each asked code (a code's own codings merged first). */
    static List<Found> all(List<Coding> codings, Map<Long, Long> groupOf, List<Long> asked) {
        Map<Long, List<TextRange>> byGroup = new HashMap<>();
        for (Coding c : codings) {
            Long group = groupOf.get(c.codeId());
            if (group != null) {
                byGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(c.range());
            }
        }
        List<TextRange> result = null;
        for (long code : asked) {
            List<TextRange> merged = CodedRegions.merge(byGroup.getOrDefault(code, List.of()));
            result = result == null ? merged : intersect(result, merged);
            if (result.isEmpty()) {
                return List.of();
            }
        }
        return result.stream().map(r -> new Found(r, asked)).toList();
    }

    /** Intersection of two sorted lists of disjoint ranges; empty overlaps are dropped. */
    static List<TextRange> intersect(List<TextRange> a, List<TextRange> b) {
        List<TextRange> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            int start = Math.max(a.get(i).start(), b.get(j).start());
            int end = Math.min(a.get(i).end(), b.get(j).end());
            if (start < end) {
                out.add(new TextRange(start, end));
            }
            if (a.get(i).end() < b.get(j).end()) {
                i++;
            } else {
                j++;
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    static RetrievedPassage passage(Document d, String text, PageMap pages, TextRange r, List<String> codes) {
        int end = Math.min(r.end(), text.length());
        int start = Math.min(r.start(), end);
        int from = safe(text, Math.max(0, start - CONTEXT));
        int to = safe(text, Math.min(text.length(), end + CONTEXT));
        return new RetrievedPassage(d.id(), d.name(), pages == null ? null : pages.pageOf(start), r, codes,
                text.substring(start, end), text.substring(from, start), text.substring(end, to));
    }

    /** An offset moved off the middle of a surrogate pair, so that context never starts or ends in one. */
    private static int safe(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at + 1 : at;
    }
}
