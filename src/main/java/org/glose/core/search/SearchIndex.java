package org.glose.core.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glose.core.task.GloseTask;
import org.glose.core.text.TextRange;

/**
 * The port to a project's full-text index (implemented with Lucene in {@code org.glose.search}). The index is a
 * cache derived from the project's documents: it brings itself up to date before answering, and can always be
 * rebuilt from the database.
 */
public interface SearchIndex extends AutoCloseable {

    /**
     * Every match of {@code query} (docs/search.md) in the stored texts, as ranges of each document's plain text,
     * grouped by document id and sorted; a phrase or a proximity match is one range from its first to its last
     * word.
     *
     * @param exact        match word forms (case- and accent-insensitive) instead of stems
     * @param documentIds  the documents to look in, or null for all
     * @throws org.glose.core.project.InvalidInputException when the query cannot be read
     */
    Map<Long, List<TextRange>> find(String query, boolean exact, Set<Long> documentIds);

    /** Brings the index up to date with the project (what the next search would otherwise do first). */
    GloseTask<Integer> update();

    /** Throws the index away and builds it again from the database; returns the number of documents indexed. */
    GloseTask<Integer> rebuild();

    @Override
    void close();
}
