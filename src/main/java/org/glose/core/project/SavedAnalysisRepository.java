package org.glose.core.project;

import java.util.List;
import java.util.Optional;
import org.glose.core.model.SavedAnalysis;

/** Analyses saved under a name (docs/analysis.md). */
public interface SavedAnalysisRepository {

    /** All saved analyses, by name. */
    List<SavedAnalysis> list();

    Optional<SavedAnalysis> byName(String name);

    /** Stores {@code analysis}; with id 0 it gets a new id, otherwise it keeps its own (undo of a delete). */
    SavedAnalysis put(SavedAnalysis analysis);

    void delete(long id);
}
