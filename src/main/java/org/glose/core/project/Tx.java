package org.glose.core.project;

import java.time.Instant;

/** One transaction on a project's store: the repositories a command may use, all inside the same commit. */
public interface Tx {

    DocumentRepository documents();

    CodeRepository codes();

    CodingRepository codings();

    CoderRepository coders();

    CaseRepository cases();

    MemoRepository memos();

    /** The time stamps of this transaction's new objects. */
    Instant now();
}
