package org.glose.core.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.Guids;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Lookup;
import org.glose.core.project.Tx;
import org.glose.core.text.TextRange;

/**
 * Codes the hits of a search (or their sentences, paragraphs, or N characters around them) with one code, as one
 * action and one undo step. Passages that overlap or touch are joined first; a passage the coder already coded
 * with that code (inside one of their codings of it) is left alone. {@link #preview} tells what {@link #apply}
 * will do without changing anything.
 */
public final class AutoCode implements Command<AutoCodePlan> {

    private final Map<Long, List<TextRange>> hits;
    private final long codeId;
    private final String coderName;
    private final PassageUnit unit;

    /** @param hits the hits by document id, e.g. {@code SearchResult.ranges()} */
    public AutoCode(Map<Long, List<TextRange>> hits, long codeId, String coderName, PassageUnit unit) {
        this.hits = new TreeMap<>(hits);
        this.codeId = codeId;
        this.coderName = coderName;
        this.unit = unit;
    }

    @Override
    public String label() {
        return "Auto-code search hits (" + unit + ")";
    }

    /** The passages and what is already coded, read in {@code tx} without changing anything. */
    public AutoCodePlan preview(Tx tx) {
        Code code = Lookup.code(tx, codeId);
        String coder = Coders.valid(coderName);
        var existingCoder = tx.coders().byName(coder);
        CodedRegions coded = new CodedRegions(existingCoder.isEmpty() ? List.of()
                : tx.codings().list(new CodingFilter(null, java.util.Set.of(code.id()), existingCoder.get().id())));
        List<AutoCodePlan.Passage> passages = new ArrayList<>();
        for (Map.Entry<Long, List<TextRange>> e : hits.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Document document = Lookup.document(tx, e.getKey());
            String text = tx.documents().text(document.id());
            List<TextRange> ranges;
            try {
                ranges = new PassageExpander(text, document.language(), unit).expand(e.getValue());
            } catch (IllegalArgumentException outside) {
                throw new InvalidInputException("A hit lies outside \"" + document.name() + "\": " + outside.getMessage()
                        + "; search again.", outside);
            }
            for (TextRange r : ranges) {
                passages.add(new AutoCodePlan.Passage(document.id(), r, coded.contains(document.id(), r)));
            }
        }
        return new AutoCodePlan(tx.codes().codebook().pathOf(code.id()), coder, unit, passages);
    }

    @Override
    public Applied<AutoCodePlan> apply(Tx tx) {
        AutoCodePlan plan = preview(tx);
        if (plan.passages().isEmpty()) {
            throw new InvalidInputException("There is nothing to code: the search has no hits.");
        }
        if (plan.passagesToCode() == 0) {
            throw new InvalidInputException("Nothing to code: " + plan.coder() + " has already coded all "
                    + plan.passages().size() + " passages with \"" + plan.code() + "\".");
        }
        long coderId = tx.coders().ensure(plan.coder()).id();
        List<Coding> drafts = new ArrayList<>();
        for (AutoCodePlan.Passage p : plan.toCode()) {
            drafts.add(new Coding(0, Guids.next(), p.documentId(), codeId, coderId, p.range(), tx.now()));
        }
        List<Coding> stored = tx.codings().insertAll(drafts);
        return Applied.of(plan, new RemoveCodings(stored));
    }
}
