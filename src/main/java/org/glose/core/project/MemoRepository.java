package org.glose.core.project;

import java.util.List;
import org.glose.core.model.Memo;

public interface MemoRepository {

    List<Memo> list();

    Memo insert(String title, String text, Long documentId, Long codeId, Long codingId, Long coderId, String guid,
                java.time.Instant at);

    void restore(Memo memo);

    void delete(long memoId);
}
