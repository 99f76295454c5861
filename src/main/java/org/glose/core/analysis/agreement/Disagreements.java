package org.glose.core.analysis.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glose.core.coding.Coders;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coder;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;
import org.glose.core.text.TextRange;

/**
 * Finds the passages where coders differ. For each document and code, the codings of all compared coders are
 * joined into passages (overlapping or touching codings make one passage); a passage is a disagreement when the
 * coders did not cover exactly the same characters in it.
 */
public final class Disagreements {

    /** The coder that holds the adjudicated version when nobody names another. */
    public static final String CONSENSUS = "consensus";

    private Disagreements() {
    }

    /**
     * The disagreements between {@code coderNames} (at least two) in every document, in document and text order;
     * {@code consensus} is the coder whose codings count as accepted versions.
     */
    public static List<Disagreement> find(Tx tx, List<String> coderNames, String consensus) {
        String consensusName = Coders.valid(consensus);
        List<Coder> coders = new ArrayList<>();
        for (String name : coderNames) {
            Coder coder = tx.coders().byName(name.strip()).orElseThrow(() -> new InvalidInputException(
                    "There is no coder named \"" + name.strip() + "\" in the project."));
            if (coder.name().equals(consensusName)) {
                throw new InvalidInputException("The consensus coder \"" + consensusName
                        + "\" cannot be one of the coders compared.");
            }
            if (coders.stream().noneMatch(c -> c.id() == coder.id())) {
                coders.add(coder);
            }
        }
        if (coders.size() < 2) {
            throw new InvalidInputException("Disagreements need at least two different coders.");
        }
        Long consensusId = tx.coders().byName(consensusName).map(Coder::id).orElse(null);
        Codebook book = tx.codes().codebook();
        List<Disagreement> found = new ArrayList<>();
        for (Document d : tx.documents().list()) {
            List<Coding> codings = tx.codings().list(CodingFilter.ofDocument(d.id()));
            Map<Long, List<Coding>> byCode = new LinkedHashMap<>();
            codings.forEach(c -> byCode.computeIfAbsent(c.codeId(), k -> new ArrayList<>()).add(c));
            String text = null;
            for (var entry : byCode.entrySet()) {
                List<List<TextRange>> versions = new ArrayList<>();
                for (Coder coder : coders) {
                    versions.add(ranges(entry.getValue(), coder.id()));
                }
                List<TextRange> consensusRanges = consensusId == null ? List.of()
                        : ranges(entry.getValue(), consensusId);
                for (TextRange passage : passages(versions)) {
                    List<List<TextRange>> inside = versions.stream().map(v -> clip(v, passage)).toList();
                    if (inside.stream().distinct().count() == 1) {
                        continue;
                    }
                    if (text == null) {
                        text = tx.documents().text(d.id());
                    }
                    List<Disagreement.Version> named = new ArrayList<>();
                    List<String> accepted = new ArrayList<>();
                    List<TextRange> held = clip(consensusRanges, passage);
                    for (int c = 0; c < coders.size(); c++) {
                        named.add(new Disagreement.Version(coders.get(c).name(), inside.get(c)));
                        if (consensusId != null && inside.get(c).equals(held)) {
                            accepted.add(coders.get(c).name());
                        }
                    }
                    found.add(new Disagreement(d.id(), d.name(), entry.getKey(), book.pathOf(entry.getKey()), passage,
                            passage.of(text), named, accepted));
                }
            }
        }
        return found;
    }

    /** The union of one coder's ranges among {@code codings}. */
    static List<TextRange> ranges(List<Coding> codings, long coderId) {
        return UnitTables.union(codings.stream().filter(c -> c.coderId() == coderId).map(Coding::range).toList());
    }

    /** Passages: the union of every coder's ranges, overlapping or touching ranges joined. */
    static List<TextRange> passages(List<List<TextRange>> versions) {
        List<TextRange> all = new ArrayList<>();
        versions.forEach(all::addAll);
        return UnitTables.union(all);
    }

    /** The parts of sorted, disjoint {@code ranges} inside {@code passage}. */
    static List<TextRange> clip(List<TextRange> ranges, TextRange passage) {
        List<TextRange> inside = new ArrayList<>();
        for (TextRange r : ranges) {
            r.intersection(passage).ifPresent(inside::add);
        }
        return inside;
    }
}
