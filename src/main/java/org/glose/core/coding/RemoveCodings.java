package org.glose.core.coding;

import java.util.List;
import org.glose.core.model.Coding;
import org.glose.core.model.Memo;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.Tx;

/** Removes many codings at once (the undo of a bulk coding); its own undo puts them back with their ids. */
public final class RemoveCodings implements Command<Integer> {

    private final List<Coding> codings;

    public RemoveCodings(List<Coding> codings) {
        this.codings = List.copyOf(codings);
    }

    @Override
    public String label() {
        return "Remove " + codings.size() + " codings";
    }

    @Override
    public Applied<Integer> apply(Tx tx) {
        java.util.Set<Long> ids = codings.stream().map(Coding::id).collect(java.util.stream.Collectors.toSet());
        List<Memo> memos = tx.memos().list().stream().filter(m -> m.codingId() != null && ids.contains(m.codingId()))
                .toList();
        tx.codings().deleteAll(codings.stream().map(Coding::id).toList());
        return Applied.of(codings.size(), new RestoreCodings(codings, memos));
    }

    /** Puts the codings back, with the memos attached to them that the delete cascaded. */
    private record RestoreCodings(List<Coding> codings, List<Memo> memos) implements Command<Integer> {
        @Override
        public String label() {
            return "Restore " + codings.size() + " codings";
        }

        @Override
        public Applied<Integer> apply(Tx tx) {
            tx.codings().restoreAll(codings);
            memos.forEach(tx.memos()::restore);
            return Applied.of(codings.size(), new RemoveCodings(codings));
        }
    }
}
