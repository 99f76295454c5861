package org.glose.core.project;

import java.util.List;
import java.util.Optional;
import org.glose.core.model.Code;
import org.glose.core.model.CodeDetails;
import org.glose.core.model.Codebook;

public interface CodeRepository {

    List<Code> list();

    default Codebook codebook() {
        return new Codebook(list());
    }

    Optional<Code> byId(long id);

    Code insert(Long parentId, String name, CodeDetails details, String guid, int sortOrder);

    /** Re-inserts a deleted code with its former id and guid. */
    void restore(Code code);

    void update(long id, String name, CodeDetails details);

    void move(long id, Long parentId, int sortOrder);

    int nextSortOrder(Long parentId);

    /** Deletes one code without children; its codings go with it (cascade). */
    void delete(long id);
}
