package org.glose.core.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.Guids;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;
import org.glose.core.text.TextRange;

/**
 * Adds many codings in one transaction: all rows or none; the first bad row is named in the message. Rows are
 * checked one by one (document, code, range inside the text), then written in one batch.
 */
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
        Map<String, Document> documents = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        Map<String, Long> coders = new HashMap<>();
        List<Coding> drafts = new ArrayList<>(rows.size());
        for (CodingRow row : rows) {
            try {
                Document document = documents.computeIfAbsent(row.document(), ref -> DocumentRefs.resolve(tx, ref));
                Code code = CodeRefs.resolve(book, row.codePath());
                TextRange range = new TextRange(row.start(), row.end());
                if (range.isEmpty()) {
                    throw new InvalidInputException("the passage " + range + " is empty.");
                }
                range.requireInside(texts.computeIfAbsent(document.id(), id -> tx.documents().text(id)));
                long coderId = coders.computeIfAbsent(Coders.valid(row.coder()), n -> tx.coders().ensure(n).id());
                drafts.add(new Coding(0, Guids.next(), document.id(), code.id(), coderId, range, tx.now()));
            } catch (IllegalArgumentException | InvalidInputException e) {
                String reason = e.getMessage().endsWith(".") ? e.getMessage() : e.getMessage() + ".";
                throw new InvalidInputException("Line " + row.line() + ": " + reason, e);
            }
        }
        List<Coding> stored = tx.codings().insertAll(drafts);
        return Applied.of(stored.size(), new RemoveCodings(stored));
    }
}
