package org.glose.core.memo;

import org.glose.core.model.Memo;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;

/** Changes a memo's title and text, keeping its id, author, link and passage; undo puts the old words back. */
public final class EditMemo implements Command<Memo> {

    private final long memoId;
    private final String title;
    private final String text;

    public EditMemo(long memoId, String title, String text) {
        this.memoId = memoId;
        this.title = title;
        this.text = text;
    }

    @Override
    public String label() {
        return "Edit memo “" + MemoTexts.title(title, text) + "”";
    }

    @Override
    public Applied<Memo> apply(Tx tx) {
        String body = MemoTexts.validText(text);
        String heading = MemoTexts.validTitle(title, body);
        Memo before = tx.memos().list().stream().filter(m -> m.id() == memoId).findFirst()
                .orElseThrow(() -> new InvalidInputException("There is no memo with id " + memoId + " any more."));
        Memo after = new Memo(before.id(), before.guid(), heading, body, before.documentId(), before.codeId(),
                before.codingId(), before.coderId(), before.createdAt(), tx.now(), before.passage());
        tx.memos().delete(memoId);
        tx.memos().restore(after);
        return Applied.of(after, new EditMemo(memoId, before.title(), before.text()));
    }
}
