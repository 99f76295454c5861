package org.glose.core.coding;

import java.util.List;
import org.glose.core.model.Coding;
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
        tx.codings().deleteAll(codings.stream().map(Coding::id).toList());
        return Applied.of(codings.size(), new RestoreCodings(codings));
    }

    private record RestoreCodings(List<Coding> codings) implements Command<Integer> {
        @Override
        public String label() {
            return "Restore " + codings.size() + " codings";
        }

        @Override
        public Applied<Integer> apply(Tx tx) {
            tx.codings().restoreAll(codings);
            return Applied.of(codings.size(), new RemoveCodings(codings));
        }
    }
}
