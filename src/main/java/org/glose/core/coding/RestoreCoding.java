package org.glose.core.coding;

import java.util.List;
import org.glose.core.model.Coding;
import org.glose.core.model.Memo;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.Tx;

/**
 * Puts a removed coding back with its id, guid and time stamp, and the memos attached to it (the inverse of
 * {@link RemoveCoding}).
 */
final class RestoreCoding implements Command<Coding> {

    private final Coding coding;
    private final List<Memo> memos;

    RestoreCoding(Coding coding, List<Memo> memos) {
        this.coding = coding;
        this.memos = List.copyOf(memos);
    }

    @Override
    public String label() {
        return "Restore coding " + coding.id();
    }

    @Override
    public Applied<Coding> apply(Tx tx) {
        tx.codings().restore(coding);
        memos.forEach(tx.memos()::restore);
        return Applied.of(coding, new RemoveCoding(coding.id()));
    }
}
