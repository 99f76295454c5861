package org.glose.core.coding;

import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Lookup;
import org.glose.core.project.Tx;
import org.glose.core.text.TextRange;

/** Changes the bounds of a coding. */
public final class ResizeCoding implements Command<Coding> {

    private final long codingId;
    private final TextRange newRange;

    public ResizeCoding(long codingId, TextRange newRange) {
        this.codingId = codingId;
        this.newRange = newRange;
    }

    @Override
    public String label() {
        return "Resize coding " + codingId;
    }

    @Override
    public Applied<Coding> apply(Tx tx) {
        Coding coding = Lookup.coding(tx, codingId);
        Document document = Lookup.document(tx, coding.documentId());
        if (newRange.isEmpty() || newRange.end() > document.length()) {
            throw new InvalidInputException("The range " + newRange + " is empty or lies outside \""
                    + document.name() + "\" (length " + document.length() + ").");
        }
        tx.codings().setRange(codingId, newRange);
        return Applied.of(coding.withRange(newRange), new ResizeCoding(codingId, coding.range()));
    }
}
