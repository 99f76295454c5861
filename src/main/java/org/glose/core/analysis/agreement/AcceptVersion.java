package org.glose.core.analysis.agreement;

import java.util.ArrayList;
import java.util.List;
import org.glose.core.coding.Coders;
import org.glose.core.model.Code;
import org.glose.core.model.Coder;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.Guids;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Lookup;
import org.glose.core.project.Tx;
import org.glose.core.text.TextRange;

/**
 * Adjudication: makes one coder's version of a passage the consensus coder's. Inside the passage the consensus
 * coder's codings of the code are replaced by copies of the chosen coder's (nothing, if they coded nothing);
 * outside it they are kept. One action, one undo; the consensus coder is created when needed and removed again
 * by the undo.
 */
public final class AcceptVersion implements Command<Integer> {

    private final long documentId;
    private final long codeId;
    private final TextRange passage;
    private final String coder;
    private final String consensus;

    public AcceptVersion(long documentId, long codeId, TextRange passage, String coder, String consensus) {
        this.documentId = documentId;
        this.codeId = codeId;
        this.passage = passage;
        this.coder = coder;
        this.consensus = consensus;
    }

    public static AcceptVersion of(Disagreement d, String coder, String consensus) {
        return new AcceptVersion(d.documentId(), d.codeId(), d.passage(), coder, consensus);
    }

    @Override
    public String label() {
        return "Accept " + coder + "'s version into " + consensus;
    }

    /** Returns the number of codings the consensus coder now has in the passage. */
    @Override
    public Applied<Integer> apply(Tx tx) {
        Document document = Lookup.document(tx, documentId);
        Code code = Lookup.code(tx, codeId);
        if (passage.isEmpty() || passage.end() > document.length()) {
            throw new InvalidInputException("The passage " + passage + " is empty or lies outside \""
                    + document.name() + "\".");
        }
        Coder source = tx.coders().byName(coder == null ? "" : coder.strip()).orElseThrow(
                () -> new InvalidInputException("There is no coder named \"" + coder + "\" in the project."));
        String consensusName = Coders.valid(consensus);
        if (consensusName.equals(source.name())) {
            throw new InvalidInputException("A coder's version cannot be accepted into their own codings.");
        }
        Coder created = tx.coders().byName(consensusName).isPresent() ? null
                : tx.coders().insert(consensusName, Guids.next());
        Coder target = created != null ? created : tx.coders().byName(consensusName).orElseThrow();
        List<Coding> ofCode = tx.codings().list(new CodingFilter(documentId, java.util.Set.of(codeId), null));
        List<Coding> removed = new ArrayList<>();
        List<Coding> drafts = new ArrayList<>();
        for (Coding c : ofCode) {
            if (c.coderId() == target.id() && c.range().overlaps(passage)) {
                removed.add(c);
                // the parts of a consensus coding outside the passage stay as they were
                if (c.range().start() < passage.start()) {
                    drafts.add(copy(c, target, new TextRange(c.range().start(), passage.start()), tx));
                }
                if (c.range().end() > passage.end()) {
                    drafts.add(copy(c, target, new TextRange(passage.end(), c.range().end()), tx));
                }
            }
        }
        int accepted = 0;
        for (TextRange r : Disagreements.clip(Disagreements.ranges(ofCode, source.id()), passage)) {
            drafts.add(new Coding(0, Guids.next(), documentId, code.id(), target.id(), r, tx.now()));
            accepted++;
        }
        List<Memo> comments = ReplaceCodings.memosOf(tx, removed);
        tx.codings().deleteAll(removed.stream().map(Coding::id).toList());
        List<Coding> added = drafts.isEmpty() ? List.of() : tx.codings().insertAll(drafts);
        return Applied.of(accepted, new ReplaceCodings(label(), null, added, removed, comments, created));
    }

    private static Coding copy(Coding c, Coder target, TextRange range, Tx tx) {
        return new Coding(0, Guids.next(), c.documentId(), c.codeId(), target.id(), range, tx.now());
    }

    /**
     * Removes some codings and puts others back with their ids, restoring or removing a coder around that: the
     * undo (and redo) of an adjudication.
     */
    record ReplaceCodings(String label, Coder coderToRestore, List<Coding> toRemove, List<Coding> toRestore,
                          List<Memo> memosToRestore, Coder coderToDelete) implements Command<Integer> {

        @Override
        public Applied<Integer> apply(Tx tx) {
            if (coderToRestore != null) {
                tx.coders().restore(coderToRestore);
            }
            List<Memo> removedMemos = memosOf(tx, toRemove);
            tx.codings().deleteAll(toRemove.stream().map(Coding::id).toList());
            if (!toRestore.isEmpty()) {
                tx.codings().restoreAll(toRestore);
            }
            memosToRestore.forEach(tx.memos()::restore);
            if (coderToDelete != null) {
                tx.coders().delete(coderToDelete.id());
            }
            return Applied.of(toRestore.size(),
                    new ReplaceCodings(label, coderToDelete, toRestore, toRemove, removedMemos, coderToRestore));
        }

        /** The memos (comments) on some codings, which their deletion takes with it. */
        static List<Memo> memosOf(Tx tx, List<Coding> codings) {
            java.util.Set<Long> ids = new java.util.HashSet<>();
            codings.forEach(c -> ids.add(c.id()));
            return ids.isEmpty() ? List.of()
                    : tx.memos().list().stream().filter(m -> m.codingId() != null && ids.contains(m.codingId())).toList();
        }
    }
}
