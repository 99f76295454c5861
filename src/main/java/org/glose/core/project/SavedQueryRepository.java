package org.glose.core.project;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.glose.core.model.SavedQuery;

/** Searches saved under a name (docs/search.md). */
public interface SavedQueryRepository {

    /** All saved searches, by name. */
    List<SavedQuery> list();

    Optional<SavedQuery> byName(String name);

    SavedQuery insert(String name, String spec, Instant createdAt);

    /** Puts back a deleted saved search with its id (undo). */
    void restore(SavedQuery query);

    void delete(long id);
}
