package org.glose.core.review;

import org.glose.core.model.Memo;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;

/** Removes a comment (or any memo); undo puts it back with its id. */
public final class DeleteComment implements Command<Memo> {

    private final long memoId;

    public DeleteComment(long memoId) {
        this.memoId = memoId;
    }

    @Override
    public String label() {
        return "Delete comment " + memoId;
    }

    @Override
    public Applied<Memo> apply(Tx tx) {
        Memo memo = tx.memos().list().stream().filter(m -> m.id() == memoId).findFirst()
                .orElseThrow(() -> new InvalidInputException("There is no comment with id " + memoId + "."));
        tx.memos().delete(memoId);
        return Applied.of(memo, new RestoreComment(memo));
    }

    private record RestoreComment(Memo memo) implements Command<Memo> {
        @Override
        public String label() {
            return "Restore comment " + memo.id();
        }

        @Override
        public Applied<Memo> apply(Tx tx) {
            tx.memos().restore(memo);
            return Applied.of(memo, new DeleteComment(memo.id()));
        }
    }
}
