package org.glose.core.coding;

import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.Guids;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Lookup;
import org.glose.core.project.Tx;
import org.glose.core.text.TextRange;

/** Codes a passage: one new coding of one range of a document, by one coder. */
public final class ApplyCode implements Command<Coding> {

    private final long documentId;
    private final long codeId;
    private final String coderName;
    private final TextRange range;
    private String label;

    public ApplyCode(long documentId, long codeId, String coderName, TextRange range) {
        this.documentId = documentId;
        this.codeId = codeId;
        this.coderName = coderName;
        this.range = range;
    }

    @Override
    public String label() {
        return label != null ? label : "Code passage " + range;
    }

    @Override
    public Applied<Coding> apply(Tx tx) {
        Document document = Lookup.document(tx, documentId);
        Code code = Lookup.code(tx, codeId);
        if (range.isEmpty()) {
            throw new InvalidInputException("The passage " + range + " is empty: select at least one character.");
        }
        if (range.end() > document.length()) {
            throw new InvalidInputException("The range " + range + " lies outside \"" + document.name()
                    + "\", whose text has " + document.length() + " characters.");
        }
        long coderId = tx.coders().ensure(Coders.valid(coderName)).id();
        Coding coding = tx.codings().insert(document.id(), code.id(), coderId, range, Guids.next(), tx.now());
        label = "Code " + CodingLabels.quoted(code);
        return Applied.of(coding, new RemoveCoding(coding.id()));
    }
}
