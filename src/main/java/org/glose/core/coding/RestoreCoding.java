package org.glose.core.coding;

import org.glose.core.model.Coding;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.Tx;

/** Puts a removed coding back with its id, guid and time stamp (the inverse of {@link RemoveCoding}). */
final class RestoreCoding implements Command<Coding> {

    private final Coding coding;

    RestoreCoding(Coding coding) {
        this.coding = coding;
    }

    @Override
    public String label() {
        return "Restore coding " + coding.id();
    }

    @Override
    public Applied<Coding> apply(Tx tx) {
        tx.codings().restore(coding);
        return Applied.of(coding, new RemoveCoding(coding.id()));
    }
}
