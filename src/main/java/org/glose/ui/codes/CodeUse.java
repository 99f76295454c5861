package org.glose.ui.codes;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coding;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.Tx;

/**
 * How much each code of the codebook is used: its passages (codings), the documents and coders they come from and
 * when it last coded a passage, on its own and with its sub-codes. Read in one pass over the codings, off the FX
 * thread.
 */
public record CodeUse(Codebook codebook, Map<Long, Tally> own, Map<Long, Tally> withSubcodes) {

    /** The use of one code; {@code lastCoded} is null for a code that codes nothing. */
    public record Tally(int passages, int documents, int coders, Instant lastCoded) {
        public static final Tally NONE = new Tally(0, 0, 0, null);
    }

    public static final CodeUse EMPTY = new CodeUse(new Codebook(List.of()), Map.of(), Map.of());

    public static CodeUse read(Tx tx) {
        return of(tx.codes().codebook(), tx.codings().list(CodingFilter.ALL));
    }

    /** The tallies of every code of {@code book} over {@code codings}. */
    public static CodeUse of(Codebook book, List<Coding> codings) {
        Map<Long, Counter> own = new HashMap<>();
        Map<Long, Counter> all = new HashMap<>();
        for (Coding c : codings) {
            own.computeIfAbsent(c.codeId(), k -> new Counter()).add(c);
            Set<Long> seen = new HashSet<>(); // a damaged parent chain must not loop
            for (Long id = c.codeId(); id != null && seen.add(id);
                 id = book.byId(id).map(org.glose.core.model.Code::parentId).orElse(null)) {
                all.computeIfAbsent(id, k -> new Counter()).add(c);
            }
        }
        return new CodeUse(book, tallies(own), tallies(all));
    }

    /** The tally of a code, with or without its sub-codes. */
    public Tally of(long codeId, boolean includingSubcodes) {
        return (includingSubcodes ? withSubcodes : own).getOrDefault(codeId, Tally.NONE);
    }

    private static Map<Long, Tally> tallies(Map<Long, Counter> counters) {
        Map<Long, Tally> out = new HashMap<>();
        counters.forEach((id, c) -> out.put(id, new Tally(c.passages, c.documents.size(), c.coders.size(), c.last)));
        return Map.copyOf(out);
    }

    private static final class Counter {
        private int passages;
        private final Set<Long> documents = new HashSet<>();
        private final Set<Long> coders = new HashSet<>();
        private Instant last;

        void add(Coding c) {
            passages++;
            documents.add(c.documentId());
            coders.add(c.coderId());
            if (c.createdAt() != null && (last == null || c.createdAt().isAfter(last))) {
                last = c.createdAt();
            }
        }
    }
}
