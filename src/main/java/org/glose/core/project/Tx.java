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

    /** Searches saved under a name. */
    SavedQueryRepository savedQueries();

    /** Analyses saved under a name. */
    SavedAnalysisRepository savedAnalyses();

    /** The project's history of changes (read-only: the store records it as changes are made). */
    HistoryRepository history();

    /** The time stamps of this transaction's new objects. */
    Instant now();

    /** Who makes this transaction's changes (see {@link OpenProject#setActor}). */
    default String actor() {
        return Action.DEFAULT_ACTOR;
    }
}
