package org.glose.ui.codebook;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coding;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.Tx;

/**
 * The codebook with what the tree counts for each code: its coded passages and documents, on its own and with
 * its sub-codes. Read off the FX thread.
 */
public record CodeCounts(Codebook codebook, Map<Long, Integer> references, Map<Long, Integer> documents,
                         Map<Long, Integer> allReferences, Map<Long, Integer> allDocuments) {

    public static final CodeCounts EMPTY = new CodeCounts(new Codebook(List.of()), Map.of(), Map.of(), Map.of(),
            Map.of());

    /**
     * Counts per code from the store's aggregates; with {@code subcodeDocuments}, also the distinct documents of
     * each code with its sub-codes, which needs every coding's document (read only while the tree shows them).
     */
    public static CodeCounts read(Tx tx, boolean subcodeDocuments) {
        Codebook book = tx.codes().codebook();
        Map<Long, Integer> refs = tx.codings().countByCode();
        Map<Long, Integer> ownDocs = tx.codings().documentCountByCode();
        Map<Long, Set<Long>> docs = new HashMap<>();
        if (subcodeDocuments) {
            for (Coding c : tx.codings().list(CodingFilter.ALL)) {
                docs.computeIfAbsent(c.codeId(), k -> new HashSet<>()).add(c.documentId());
            }
        }
        Map<Long, Integer> allRefs = new HashMap<>();
        Map<Long, Integer> allDocs = new HashMap<>();
        List<Code> codes = book.depthFirst();
        for (Code c : codes) {
            int r = 0;
            Set<Long> d = new HashSet<>();
            for (Code sub : codes) {
                if (book.isSelfOrDescendant(sub.id(), c.id())) {
                    r += refs.getOrDefault(sub.id(), 0);
                    d.addAll(docs.getOrDefault(sub.id(), Set.of()));
                }
            }
            allRefs.put(c.id(), r);
            allDocs.put(c.id(), subcodeDocuments ? d.size() : ownDocs.getOrDefault(c.id(), 0));
        }
        return new CodeCounts(book, refs, ownDocs, allRefs, allDocs);
    }
}
