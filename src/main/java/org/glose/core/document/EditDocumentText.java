package org.glose.core.document;

import java.util.ArrayList;
import java.util.List;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.DocumentSnapshot;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Lookup;
import org.glose.core.project.Tx;

/**
 * Fixes a typo or anonymises a name in a document's text: the text changes, and every coding, annotation and
 * page start moves to match, all with their ids, in one transaction and one undo entry. An edit that would
 * delete the whole passage of a coding or an annotation is refused, naming it: nothing coded silently vanishes.
 * The change goes through the document's snapshot (the same path as delete and its undo), so the store keeps
 * one way to write a document.
 */
public final class EditDocumentText implements Command<Document> {

    private final long documentId;
    private final TextEdit edit;

    public EditDocumentText(long documentId, TextEdit edit) {
        this.documentId = documentId;
        this.edit = edit;
    }

    @Override
    public String label() {
        return "Edit text";
    }

    @Override
    public Applied<Document> apply(Tx tx) {
        Document d = Lookup.document(tx, documentId);
        DocumentSnapshot before = tx.documents().snapshot(d.id());
        edit.check(before.text());
        String text = edit.apply(before.text());
        List<Coding> codings = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (Coding c : before.codings()) {
            Coding moved = c.withRange(edit.map(c.range()));
            if (moved.range().isEmpty()) {
                lost.add(tx.codes().codebook().byId(c.codeId()).map(x -> "a coding of “" + x.name() + "”")
                        .orElse("a coding"));
            }
            codings.add(moved);
        }
        List<Memo> memos = new ArrayList<>();
        for (Memo m : before.memos()) {
            if (m.passage() != null && edit.map(m.passage()).isEmpty()) {
                lost.add("the annotation “" + m.title() + "”");
            }
            memos.add(m.passage() == null ? m : new Memo(m.id(), m.guid(), m.title(), m.text(), m.documentId(),
                    m.codeId(), m.codingId(), m.coderId(), m.createdAt(), m.updatedAt(), edit.map(m.passage())));
        }
        if (!lost.isEmpty()) {
            throw new InvalidInputException("This edit would delete the whole passage of " + String.join(", ", lost)
                    + ". Uncode it first, or keep part of the passage.");
        }
        List<Integer> pages = before.pageStarts() == null ? null
                : before.pageStarts().stream().map(edit::mapStart).toList();
        Document after = d.withEditedText(text.length());
        tx.documents().delete(d.id());
        tx.documents().restore(new DocumentSnapshot(after, text, pages, before.original(), codings,
                before.caseIds(), memos));
        return Applied.of(after, new Replace(before));
    }

    /** Undo and redo: put a whole snapshot of the document back, keeping the current one for the way back. */
    private record Replace(DocumentSnapshot target) implements Command<Document> {
        @Override
        public String label() {
            return "Edit text";
        }

        @Override
        public Applied<Document> apply(Tx tx) {
            DocumentSnapshot current = tx.documents().snapshot(target.document().id());
            tx.documents().delete(target.document().id());
            tx.documents().restore(target);
            return Applied.of(target.document(), new Replace(current));
        }
    }
}
