package org.glose.core.project;

import java.util.List;

/**
 * The project's history of changes: who coded, recoded, uncoded, resized what and when, and what happened to
 * codes and documents. The store records it in its own write paths; nothing else writes it.
 */
public interface HistoryRepository {

    /** Matching entries, newest first. */
    List<ChangeEntry> list(HistoryFilter filter);
}
