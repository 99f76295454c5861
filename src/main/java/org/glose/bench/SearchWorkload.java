package org.glose.bench;

import org.glose.core.project.OpenProject;
import org.glose.core.search.ProjectSearch;
import org.glose.core.search.SearchResult;
import org.glose.core.search.SearchSpec;
import org.glose.search.LuceneSearchIndex;
import org.glose.search.RawLuceneQuery;
import org.glose.store.H2ProjectStore;

/**
 * A search of the corpus project as the search pane and {@code glose search} run it, warm: the exact count of
 * matches and the first 100 key-word-in-context lines. Baseline: the same Lucene query on the same index, every
 * match counted and the first 100 offsets kept, without Glose's filters, database reads and context lines.
 */
final class SearchWorkload implements Workload {

    private static final int LINES = 100;

    private final String name;
    private final String query;
    private OpenProject project;
    private LuceneSearchIndex index;
    private RawLuceneQuery raw;

    SearchWorkload(String name, String query) {
        this.name = name;
        this.query = query;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void prepare(BenchContext context) throws Exception {
        var folder = context.fixtures().corpusProject();
        project = new OpenProject(H2ProjectStore.open(folder));
        index = LuceneSearchIndex.open(project);
        raw = new RawLuceneQuery(folder, query);
    }

    @Override
    public Measured run() {
        SearchResult result = new ProjectSearch(project, index).search(SearchSpec.of(query), LINES);
        if (result.total() == 0) {
            throw new IllegalStateException("\"" + query + "\" found nothing in the corpus");
        }
        return null;
    }

    @Override
    public Runnable baseline() {
        int[] starts = new int[LINES];
        int[] ends = new int[LINES];
        return () -> {
            if (raw.run(LINES, starts, ends) == 0) {
                throw new IllegalStateException("\"" + query + "\" found nothing in the raw index");
            }
        };
    }

    @Override
    public void close() {
        if (raw != null) {
            raw.close();
        }
        if (index != null) {
            index.close();
        }
        if (project != null) {
            project.close();
        }
    }
}
