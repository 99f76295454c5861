package org.glose.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The benchmark's raw-library baseline for a search: the same Lucene query on a project's own index, read with a
 * plain {@link IndexSearcher}, every match counted and the offsets of the first ones kept. No query syntax
 * checks, no database, no filters, no context lines: what Lucene alone needs to give an exact count. Lives here
 * because the analysis and field names of the index are this package's.
 */
public final class RawLuceneQuery implements AutoCloseable {

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Query query;

    /** Opens the index of the project in {@code projectFolder} (built and committed) for {@code text}. */
    public RawLuceneQuery(Path projectFolder, String text) {
        try {
            directory = FSDirectory.open(projectFolder.resolve(IndexFolder.NAME));
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
            query = searcher.rewrite(Queries.build(text, false, EnumSet.of(Language.FR), null,
                    Analysis.perField()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts every match; the offsets of the first {@code keep} go into {@code starts} and {@code ends}. */
    public int run(int keep, int[] starts, int[] ends) {
        try {
            Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
            int n = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                DocIdSetIterator docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Matches matches = weight.matches(leaf, doc);
                    for (String field : matches) {
                        MatchesIterator it = matches.getMatches(field);
                        while (it != null && it.next()) {
                            if (n < keep) {
                                starts[n] = it.startOffset();
                                ends[n] = it.endOffset();
                            }
                            n++;
                        }
                    }
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            // releasing a read-only view
        }
    }
}
