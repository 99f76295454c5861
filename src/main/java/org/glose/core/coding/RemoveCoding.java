package org.glose.core.coding;

import java.util.List;
import org.glose.core.model.Coding;
import org.glose.core.model.Memo;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.Lookup;
import org.glose.core.project.Tx;

/**
 * Uncodes: removes one coding. The memos attached to the coding go with it (the schema cascades), so they are
 * kept for the undo, which puts both back with their ids.
 */
public final class RemoveCoding implements Command<Coding> {

    private final long codingId;
    private String label;

    public RemoveCoding(long codingId) {
        this.codingId = codingId;
    }

    @Override
    public String label() {
        return label != null ? label : "Uncode coding " + codingId;
    }

    @Override
    public Applied<Coding> apply(Tx tx) {
        Coding coding = Lookup.coding(tx, codingId);
        List<Memo> memos = tx.memos().list().stream().filter(m -> m.codingId() != null && m.codingId() == codingId)
                .toList();
        label = "Uncode " + CodingLabels.quoted(tx, coding.codeId());
        tx.codings().delete(codingId);
        return Applied.of(coding, new RestoreCoding(coding, memos));
    }
}
