package org.glose.core.review;

import org.glose.core.coding.Coders;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.Guids;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Lookup;
import org.glose.core.project.Tx;
import org.glose.core.text.TextRange;

/**
 * A reviewer's comment on one coding or on a passage of a document, kept as a memo linked to the coding or
 * anchored to the passage, with its author. Undo removes it.
 */
public final class AddComment implements Command<Memo> {

    private static final int MAX_LENGTH = 20_000;

    private final String author;
    private final String text;
    private final Long codingId;
    private final Long documentId;
    private final TextRange passage;

    private AddComment(String author, String text, Long codingId, Long documentId, TextRange passage) {
        this.author = author;
        this.text = text;
        this.codingId = codingId;
        this.documentId = documentId;
        this.passage = passage;
    }

    public static AddComment onCoding(long codingId, String author, String text) {
        return new AddComment(author, text, codingId, null, null);
    }

    public static AddComment onPassage(long documentId, TextRange passage, String author, String text) {
        return new AddComment(author, text, null, documentId, passage);
    }

    @Override
    public String label() {
        return "Comment by " + author;
    }

    @Override
    public Applied<Memo> apply(Tx tx) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("A comment needs some text.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("A comment has at most " + MAX_LENGTH + " characters.");
        }
        String name = Coders.valid(author);
        Memo draft;
        if (codingId != null) {
            Coding coding = Lookup.coding(tx, codingId);
            long by = tx.coders().ensure(name).id();
            draft = new Memo(0, Guids.next(), title(name), text.strip(), null, null, coding.id(), by, tx.now(),
                    tx.now());
        } else {
            Document document = Lookup.document(tx, documentId);
            if (passage.isEmpty() || passage.end() > document.length()) {
                throw new InvalidInputException("The passage " + passage + " is empty or lies outside \""
                        + document.name() + "\", whose text has " + document.length() + " characters.");
            }
            long by = tx.coders().ensure(name).id();
            draft = new Memo(0, Guids.next(), title(name), text.strip(), document.id(), null, null, by, tx.now(),
                    tx.now(), passage);
        }
        Memo memo = tx.memos().add(draft);
        return Applied.of(memo, new DeleteComment(memo.id()));
    }

    private static String title(String author) {
        return "Comment by " + author;
    }
}
