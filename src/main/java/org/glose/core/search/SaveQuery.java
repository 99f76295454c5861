package org.glose.core.search;

import java.util.Optional;
import org.glose.core.model.SavedQuery;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;

/** Saves a search under a name, replacing a saved search of that name; undo puts the former one back. */
public final class SaveQuery implements Command<SavedQuery> {

    private final String name;
    private final SearchSpec spec;

    public SaveQuery(String name, SearchSpec spec) {
        this.name = name;
        this.spec = spec;
    }

    @Override
    public String label() {
        return "Save query \"" + name + "\"";
    }

    @Override
    public Applied<SavedQuery> apply(Tx tx) {
        String n = validName(name);
        if (spec.query().isBlank()) {
            throw new InvalidInputException("An empty query cannot be saved.");
        }
        Optional<SavedQuery> former = tx.savedQueries().byName(n);
        former.ifPresent(q -> tx.savedQueries().delete(q.id()));
        SavedQuery saved = tx.savedQueries().insert(n, SearchSpecText.write(spec), tx.now());
        return Applied.of(saved, new DeleteSavedQuery(saved.name(), former.orElse(null)));
    }

    static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("A saved query needs a name.");
        }
        if (name.strip().length() > 200) {
            throw new InvalidInputException("A saved query's name has at most 200 characters.");
        }
        return name.strip();
    }
}
