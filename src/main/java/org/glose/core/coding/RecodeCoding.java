package org.glose.core.coding;

import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.Lookup;
import org.glose.core.project.Tx;

/** Moves a coding to another code, keeping its range, coder and memos. */
public final class RecodeCoding implements Command<Coding> {

    private final long codingId;
    private final long newCodeId;
    private String label;

    public RecodeCoding(long codingId, long newCodeId) {
        this.codingId = codingId;
        this.newCodeId = newCodeId;
    }

    @Override
    public String label() {
        return label != null ? label : "Recode coding " + codingId;
    }

    @Override
    public Applied<Coding> apply(Tx tx) {
        Coding coding = Lookup.coding(tx, codingId);
        Code target = Lookup.code(tx, newCodeId);
        label = "Recode " + CodingLabels.quoted(tx, coding.codeId()) + " → " + CodingLabels.quoted(target);
        tx.codings().setCode(codingId, target.id());
        return Applied.of(coding.withCode(target.id()), new RecodeCoding(codingId, coding.codeId()));
    }
}
