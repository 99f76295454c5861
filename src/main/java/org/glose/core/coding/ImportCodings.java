package org.glose.core.coding;

import java.util.ArrayList;
import java.util.List;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.model.Document;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.CompoundCommand;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;
import org.glose.core.text.TextRange;

/** Adds many codings in one transaction: all rows or none; the first bad row is named in the message. */
public final class ImportCodings implements Command<Integer> {

    private final List<CodingRow> rows;

    public ImportCodings(List<CodingRow> rows) {
        this.rows = List.copyOf(rows);
    }

    @Override
    public String label() {
        return "Import " + rows.size() + " codings";
    }

    @Override
    public Applied<Integer> apply(Tx tx) {
        Codebook book = tx.codes().codebook();
        List<Command<?>> inverses = new ArrayList<>();
        for (CodingRow row : rows) {
            try {
                Document document = DocumentRefs.resolve(tx, row.document());
                Code code = CodeRefs.resolve(book, row.codePath());
                TextRange range = new TextRange(row.start(), row.end());
                inverses.add(new ApplyCode(document.id(), code.id(), row.coder(), range).apply(tx).inverse());
            } catch (IllegalArgumentException | InvalidInputException e) {
                throw new InvalidInputException("Line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        java.util.Collections.reverse(inverses);
        return Applied.of(rows.size(), new CompoundCommand("Remove imported codings", inverses));
    }
}
