package org.glose.core.search;

import org.glose.core.model.SavedQuery;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;

/**
 * Gives a saved search another name, keeping its id, search and date; a name another saved search has is refused.
 * Its inverse gives the old name back.
 */
public final class RenameSavedQuery implements Command<SavedQuery> {

    private final String from;
    private final String to;

    public RenameSavedQuery(String from, String to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public String label() {
        return "Rename saved query \u201c" + from + "\u201d \u2192 \u201c" + to + "\u201d";
    }

    @Override
    public Applied<SavedQuery> apply(Tx tx) {
        String old = SaveQuery.validName(from);
        String name = SaveQuery.validName(to);
        SavedQuery query = tx.savedQueries().byName(old)
                .orElseThrow(() -> new InvalidInputException("There is no saved query \"" + old + "\"."));
        if (name.equals(old)) {
            throw new InvalidInputException("The saved query is already called \"" + name + "\".");
        }
        if (tx.savedQueries().byName(name).isPresent()) {
            throw new InvalidInputException("Another saved query is already called \"" + name + "\".");
        }
        SavedQuery renamed = new SavedQuery(query.id(), name, query.spec(), query.createdAt());
        tx.savedQueries().delete(query.id());
        tx.savedQueries().restore(renamed);
        return Applied.of(renamed, new RenameSavedQuery(name, old));
    }
}
