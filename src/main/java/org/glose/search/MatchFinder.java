package org.glose.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.glose.core.text.TextRange;

/**
 * Turns a query into character ranges with Lucene's matches API: the postings hold offsets, so every match of
 * every matching document comes back with its start and end offsets, without reading or re-analysing any text.
 * A phrase or proximity match is one range from its first to its last word; the same range found through two
 * fields (a word and a wildcard, say) counts once.
 */
final class MatchFinder {

    private MatchFinder() {
    }

    static Map<Long, List<TextRange>> find(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Map<Long, List<TextRange>> found = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues ids = leaf.reader().getNumericDocValues(IndexedDocument.DOC_VALUE);
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                List<TextRange> ranges = ranges(weight.matches(leaf, doc));
                if (!ranges.isEmpty() && ids != null && ids.advanceExact(doc)) {
                    found.put(ids.longValue(), ranges);
                }
            }
        }
        return found;
    }

    /**
     * The ranges of one document's matches, sorted, duplicates dropped. Packed in longs while collecting: a
     * frequent word has thousands of matches per document and this runs for every document on each search.
     */
    private static List<TextRange> ranges(Matches matches) throws IOException {
        if (matches == null) {
            return List.of();
        }
        long[] packed = new long[16];
        int n = 0;
        for (String field : matches) {
            if (!IndexedDocument.isTextField(field)) {
                continue;
            }
            MatchesIterator it = matches.getMatches(field);
            while (it != null && it.next()) {
                int start = it.startOffset();
                int end = it.endOffset();
                if (start >= 0 && end > start) {
                    if (n == packed.length) {
                        packed = Arrays.copyOf(packed, n * 2);
                    }
                    packed[n++] = ((long) start << 32) | end;
                }
            }
        }
        Arrays.sort(packed, 0, n);
        List<TextRange> ranges = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (i == 0 || packed[i] != packed[i - 1]) {
                ranges.add(new TextRange((int) (packed[i] >>> 32), (int) packed[i]));
            }
        }
        return ranges;
    }
}
