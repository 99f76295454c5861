package org.glose.core.search;

import org.glose.core.model.SavedQuery;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;

/** Deletes a saved query (and, as the undo of a save that replaced one, puts the former one back). */
public final class DeleteSavedQuery implements Command<SavedQuery> {

    private final String name;
    private final SavedQuery replaced;

    public DeleteSavedQuery(String name) {
        this(name, null);
    }

    DeleteSavedQuery(String name, SavedQuery replaced) {
        this.name = name;
        this.replaced = replaced;
    }

    @Override
    public String label() {
        return "Delete saved query \"" + name + "\"";
    }

    @Override
    public Applied<SavedQuery> apply(Tx tx) {
        String n = SaveQuery.validName(name);
        SavedQuery query = tx.savedQueries().byName(n)
                .orElseThrow(() -> new InvalidInputException("There is no saved query \"" + n + "\"."));
        tx.savedQueries().delete(query.id());
        if (replaced != null) {
            tx.savedQueries().restore(replaced);
        }
        return Applied.of(query, new Restore(query, replaced));
    }

    private record Restore(SavedQuery query, SavedQuery replaced) implements Command<SavedQuery> {
        @Override
        public String label() {
            return "Restore saved query \"" + query.name() + "\"";
        }

        @Override
        public Applied<SavedQuery> apply(Tx tx) {
            if (replaced != null) {
                tx.savedQueries().delete(replaced.id());
            }
            tx.savedQueries().restore(query);
            return Applied.of(query, new DeleteSavedQuery(query.name(), replaced));
        }
    }
}
