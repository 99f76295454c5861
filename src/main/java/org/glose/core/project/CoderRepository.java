package org.glose.core.project;

import java.util.List;
import java.util.Optional;
import org.glose.core.model.Coder;

public interface CoderRepository {

    List<Coder> list();

    Optional<Coder> byId(long id);

    Optional<Coder> byName(String name);

    Coder insert(String name, String guid);

    /** Puts back a removed coder with its id and guid (the undo of an action that removed it). */
    void restore(Coder coder);

    /** Removes a coder who has no codings left (the undo of an action that created it). */
    void delete(long coderId);

    /** The coder of that name, created when new. */
    default Coder ensure(String name) {
        return byName(name).orElseGet(() -> insert(name, Guids.next()));
    }
}
