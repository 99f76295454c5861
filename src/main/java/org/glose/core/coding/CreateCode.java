package org.glose.core.coding;

import org.glose.core.model.Code;
import org.glose.core.model.CodeDetails;
import org.glose.core.model.CodePalette;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.Guids;
import org.glose.core.project.Lookup;
import org.glose.core.project.Tx;

/** Adds a code to the codebook, at the top or under a parent; without details it gets the next palette colour. */
public final class CreateCode implements Command<Code> {

    private final Long parentId;
    private final String name;
    private final CodeDetails details;

    public CreateCode(Long parentId, String name, CodeDetails details) {
        this.parentId = parentId;
        this.name = name;
        this.details = details;
    }

    @Override
    public String label() {
        return "New code \"" + name + "\"";
    }

    @Override
    public Applied<Code> apply(Tx tx) {
        if (parentId != null) {
            Lookup.code(tx, parentId);
        }
        String n = CodeNames.requireFree(tx, parentId, name, null);
        CodeDetails d = details != null ? details : CodeDetails.colour(CodePalette.colour(tx.codes().list().size()));
        Code code = tx.codes().insert(parentId, n, d, Guids.next(), tx.codes().nextSortOrder(parentId));
        return Applied.of(code, new DeleteCode(code.id(), DeleteCode.Codings.DELETE));
    }
}
