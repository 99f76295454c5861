package org.glose.core.coding;

import java.util.ArrayList;
import java.util.List;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coding;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.CompoundCommand;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Lookup;
import org.glose.core.project.Tx;

/** Merges a code into another: its codings and sub-codes move to the target, then it is deleted. One undo. */
public final class MergeCodes implements Command<Integer> {

    private final long sourceId;
    private final long targetId;

    public MergeCodes(long sourceId, long targetId) {
        this.sourceId = sourceId;
        this.targetId = targetId;
    }

    @Override
    public String label() {
        return "Merge code " + sourceId + " into " + targetId;
    }

    @Override
    public Applied<Integer> apply(Tx tx) {
        Code source = Lookup.code(tx, sourceId);
        Code target = Lookup.code(tx, targetId);
        Codebook book = tx.codes().codebook();
        if (book.isSelfOrDescendant(targetId, sourceId)) {
            throw new InvalidInputException("\"" + source.name() + "\" cannot merge into itself or one of its sub-codes.");
        }
        List<Command<?>> steps = new ArrayList<>();
        for (Code child : book.childrenOf(sourceId)) {
            steps.add(new MoveCode(child.id(), target.id()));
        }
        List<Coding> codings = tx.codings().list(CodingFilter.ofCode(sourceId));
        for (Coding c : codings) {
            steps.add(new RecodeCoding(c.id(), target.id()));
        }
        steps.add(new DeleteCode(sourceId, DeleteCode.Codings.REFUSE));
        Applied<List<Object>> done = new CompoundCommand(label(), steps).apply(tx);
        return Applied.of(codings.size(), done.inverse());
    }
}
