package org.glose.core.coding;

import org.glose.core.model.Code;
import org.glose.core.model.CodeDetails;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.Lookup;
import org.glose.core.project.Tx;

/** Renames, recolours or redescribes a code. */
public final class UpdateCode implements Command<Code> {

    private final long codeId;
    private final String name;
    private final CodeDetails details;

    public UpdateCode(long codeId, String name, CodeDetails details) {
        this.codeId = codeId;
        this.name = name;
        this.details = details;
    }

    public static UpdateCode rename(Code code, String newName) {
        return new UpdateCode(code.id(), newName, code.details());
    }

    public static UpdateCode recolour(Code code, String colour) {
        return new UpdateCode(code.id(), code.name(), code.details().withColour(colour));
    }

    @Override
    public String label() {
        return "Edit code \"" + name + "\"";
    }

    @Override
    public Applied<Code> apply(Tx tx) {
        Code before = Lookup.code(tx, codeId);
        String n = CodeNames.requireFree(tx, before.parentId(), name, codeId);
        tx.codes().update(codeId, n, details);
        Code after = new Code(codeId, before.guid(), before.parentId(), n, details, before.sortOrder());
        return Applied.of(after, new UpdateCode(codeId, before.name(), before.details()));
    }
}
