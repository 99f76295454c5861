package org.glose.core.memo;

import org.glose.core.coding.Coders;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.Guids;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Lookup;
import org.glose.core.project.Tx;
import org.glose.core.review.DeleteComment;
import org.glose.core.text.TextRange;

/**
 * Writes a new memo: about the project, a document, a code, a coding, or anchored to a passage of a document
 * (an annotation). Undo removes it.
 */
public final class WriteMemo implements Command<Memo> {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 100_000;

    private final String title;
    private final String text;
    private final String author;
    private final Long documentId;
    private final Long codeId;
    private final Long codingId;
    private final TextRange passage;

    private WriteMemo(String title, String text, String author, Long documentId, Long codeId, Long codingId,
                      TextRange passage) {
        this.title = title;
        this.text = text;
        this.author = author;
        this.documentId = documentId;
        this.codeId = codeId;
        this.codingId = codingId;
        this.passage = passage;
    }

    public static WriteMemo aboutProject(String title, String text, String author) {
        return new WriteMemo(title, text, author, null, null, null, null);
    }

    public static WriteMemo aboutDocument(long documentId, String title, String text, String author) {
        return new WriteMemo(title, text, author, documentId, null, null, null);
    }

    public static WriteMemo aboutCode(long codeId, String title, String text, String author) {
        return new WriteMemo(title, text, author, null, codeId, null, null);
    }

    public static WriteMemo aboutCoding(long codingId, String title, String text, String author) {
        return new WriteMemo(title, text, author, null, null, codingId, null);
    }

    /** An annotation: a memo anchored to a passage of a document, shown in its margin. */
    public static WriteMemo onPassage(long documentId, TextRange passage, String title, String text, String author) {
        return new WriteMemo(title, text, author, documentId, null, null, passage);
    }

    @Override
    public String label() {
        return "Write memo “" + MemoTexts.title(title, text) + "”";
    }

    @Override
    public Applied<Memo> apply(Tx tx) {
        String body = MemoTexts.validText(text);
        String heading = MemoTexts.validTitle(title, body);
        if (codeId != null) {
            Lookup.code(tx, codeId);
        }
        if (codingId != null) {
            Lookup.coding(tx, codingId);
        }
        if (documentId != null) {
            Document d = Lookup.document(tx, documentId);
            if (passage != null && (passage.isEmpty() || passage.end() > d.length())) {
                throw new InvalidInputException("The passage " + passage + " is empty or lies outside \"" + d.name()
                        + "\", whose text has " + d.length() + " characters.");
            }
        }
        long by = tx.coders().ensure(Coders.valid(author)).id();
        Memo memo = tx.memos().add(new Memo(0, Guids.next(), heading, body, documentId, codeId, codingId, by,
                tx.now(), tx.now(), passage));
        return Applied.of(memo, new DeleteComment(memo.id()));
    }
}
