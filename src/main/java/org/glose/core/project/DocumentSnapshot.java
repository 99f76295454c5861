package org.glose.core.project;

import java.util.List;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;

/** A document with all that hangs on it, taken before a delete so that undo restores it with the same ids. */
public record DocumentSnapshot(Document document, String text, List<Integer> pageStarts, byte[] original,
                               List<Coding> codings, List<Long> caseIds, List<Memo> memos) {
}
