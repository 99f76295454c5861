package org.glose.core.coding;

import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Lookup;
import org.glose.core.project.Tx;

/** Moves a code (with its sub-codes and codings) under another parent, or to the top when the parent is null. */
public final class MoveCode implements Command<Code> {

    private final long codeId;
    private final Long newParentId;
    private final Integer sortOrder;

    public MoveCode(long codeId, Long newParentId) {
        this(codeId, newParentId, null);
    }

    MoveCode(long codeId, Long newParentId, Integer sortOrder) {
        this.codeId = codeId;
        this.newParentId = newParentId;
        this.sortOrder = sortOrder;
    }

    @Override
    public String label() {
        return "Move code " + codeId;
    }

    @Override
    public Applied<Code> apply(Tx tx) {
        Code code = Lookup.code(tx, codeId);
        if (newParentId != null) {
            Lookup.code(tx, newParentId);
            Codebook book = tx.codes().codebook();
            if (book.isSelfOrDescendant(newParentId, codeId)) {
                throw new InvalidInputException("A code cannot move under itself or one of its sub-codes.");
            }
        }
        CodeNames.requireFree(tx, newParentId, code.name(), codeId);
        int order = sortOrder != null ? sortOrder : tx.codes().nextSortOrder(newParentId);
        tx.codes().move(codeId, newParentId, order);
        Code moved = new Code(codeId, code.guid(), newParentId, code.name(), code.details(), order);
        return Applied.of(moved, new MoveCode(codeId, code.parentId(), code.sortOrder()));
    }
}
