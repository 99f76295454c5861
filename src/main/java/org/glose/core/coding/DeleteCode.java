package org.glose.core.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coding;
import org.glose.core.model.Memo;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Lookup;
import org.glose.core.project.Tx;

/**
 * Deletes a code and its sub-codes. What happens to their codings is the user's explicit choice: refuse when
 * there are any, delete them, or move them to the deleted code's parent. Undo restores everything with its ids,
 * including the memos about the codes and the deleted codings, which the schema deletes with them.
 */
public final class DeleteCode implements Command<Integer> {

    /** The user's choice for the codings of a deleted code. */
    public enum Codings { REFUSE, DELETE, MOVE_TO_PARENT }

    private final long codeId;
    private final Codings choice;
    private String label;

    public DeleteCode(long codeId, Codings choice) {
        this.codeId = codeId;
        this.choice = choice;
    }

    @Override
    public String label() {
        return label != null ? label : "Delete code " + codeId;
    }

    /** Returns the number of codings deleted or moved. */
    @Override
    public Applied<Integer> apply(Tx tx) {
        Code code = Lookup.code(tx, codeId);
        Codebook book = tx.codes().codebook();
        List<Code> subtree = book.depthFirst().stream()
                .filter(c -> book.isSelfOrDescendant(c.id(), codeId)).toList();
        Set<Long> ids = new HashSet<>();
        subtree.forEach(c -> ids.add(c.id()));
        List<Coding> codings = tx.codings().list(new CodingFilter(null, ids, null));
        if (!codings.isEmpty() && choice == Codings.REFUSE) {
            throw new InvalidInputException("The code \"" + code.name() + "\" has " + codings.size()
                    + " coding(s): choose whether to delete them or move them to its parent.");
        }
        if (choice == Codings.MOVE_TO_PARENT && code.parentId() == null && !codings.isEmpty()) {
            throw new InvalidInputException("The code \"" + code.name()
                    + "\" is at the top of the codebook: its codings have no parent code to move to.");
        }
        Set<Long> deletedCodings = new HashSet<>();
        if (choice != Codings.MOVE_TO_PARENT) {
            codings.forEach(c -> deletedCodings.add(c.id()));
        }
        List<Memo> memos = tx.memos().list().stream().filter(m -> (m.codeId() != null && ids.contains(m.codeId()))
                || (m.codingId() != null && deletedCodings.contains(m.codingId()))).toList();
        label = "Delete code " + CodingLabels.quoted(code);
        List<Long> moved = new ArrayList<>();
        if (choice == Codings.MOVE_TO_PARENT) {
            for (Coding c : codings) {
                tx.codings().setCode(c.id(), code.parentId());
                moved.add(c.id());
            }
        }
        List<Code> bottomUp = new ArrayList<>(subtree);
        java.util.Collections.reverse(bottomUp);
        bottomUp.forEach(c -> tx.codes().delete(c.id()));
        return Applied.of(codings.size(), new RestoreCodes(subtree, codings, moved, memos));
    }

    /** The inverse of a delete: re-inserts the codes, then restores deleted codings and moves back moved ones. */
    static final class RestoreCodes implements Command<Integer> {
        private final List<Code> codes;
        private final List<Coding> codings;
        private final List<Long> moved;
        private final List<Memo> memos;

        RestoreCodes(List<Code> codes, List<Coding> codings, List<Long> moved, List<Memo> memos) {
            this.codes = List.copyOf(codes);
            this.codings = List.copyOf(codings);
            this.moved = List.copyOf(moved);
            this.memos = List.copyOf(memos);
        }

        @Override
        public String label() {
            return "Restore code " + codes.get(0).name();
        }

        @Override
        public Applied<Integer> apply(Tx tx) {
            codes.forEach(tx.codes()::restore);
            Set<Long> movedIds = new HashSet<>(moved);
            for (Coding c : codings) {
                if (movedIds.contains(c.id())) {
                    tx.codings().setCode(c.id(), c.codeId());
                } else {
                    tx.codings().restore(c);
                }
            }
            memos.forEach(tx.memos()::restore);
            Codings choice = moved.isEmpty() ? Codings.DELETE : Codings.MOVE_TO_PARENT;
            return Applied.of(codings.size(), new DeleteCode(codes.get(0).id(), choice));
        }
    }
}
