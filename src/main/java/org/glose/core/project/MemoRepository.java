package org.glose.core.project;

import java.util.List;
import org.glose.core.model.Memo;

public interface MemoRepository {

    List<Memo> list();

    Memo insert(String title, String text, Long documentId, Long codeId, Long codingId, Long coderId, String guid,
                java.time.Instant at);

    /**
     * Adds a memo as the draft describes it, passage included (the draft's id is ignored); returns it with its
     * id. The store checks that a passage lies inside its document's text.
     */
    Memo add(Memo draft);

    void restore(Memo memo);

    void delete(long memoId);
}
