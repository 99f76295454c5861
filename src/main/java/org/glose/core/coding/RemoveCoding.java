package org.glose.core.coding;

import org.glose.core.model.Coding;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.Lookup;
import org.glose.core.project.Tx;

/** Uncodes: removes one coding. */
public final class RemoveCoding implements Command<Coding> {

    private final long codingId;

    public RemoveCoding(long codingId) {
        this.codingId = codingId;
    }

    @Override
    public String label() {
        return "Uncode coding " + codingId;
    }

    @Override
    public Applied<Coding> apply(Tx tx) {
        Coding coding = Lookup.coding(tx, codingId);
        tx.codings().delete(codingId);
        return Applied.of(coding, new RestoreCoding(coding));
    }
}
