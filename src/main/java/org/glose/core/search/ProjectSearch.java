package org.glose.core.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glose.core.model.Document;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.project.Tx;
import org.glose.core.text.PageMap;
import org.glose.core.text.TextRange;

/**
 * Searches a project: resolves the filters, asks the index for matches, keeps those the code filters allow,
 * counts them and builds the key-word-in-context lines of the first ones. Used alike by the window and the
 * command line.
 */
public final class ProjectSearch {

    public static final int DEFAULT_LIMIT = 100;

    private final OpenProject project;
    private final SearchIndex index;

    public ProjectSearch(OpenProject project, SearchIndex index) {
        this.project = project;
        this.index = index;
    }

    public SearchIndex index() {
        return index;
    }

    /** Runs a search; {@code limit} bounds the context lines returned, never the counts. */
    public SearchResult search(SearchSpec spec, int limit) {
        if (spec.query().isBlank()) {
            throw new InvalidInputException("The query is empty: type the words to search for.");
        }
        if (limit < 0) {
            throw new InvalidInputException("The limit must be 0 or more, not " + limit + ".");
        }
        SearchScope scope = project.read(tx -> SearchScope.resolve(tx, spec));
        Map<Long, List<TextRange>> found = index.find(spec.query(), spec.exact(), scope.documentIds);
        Map<Long, List<TextRange>> kept = new LinkedHashMap<>();
        int total = 0;
        for (Document d : scope.documents.values()) {
            List<TextRange> ranges = found.getOrDefault(d.id(), List.of()).stream()
                    .filter(r -> scope.keeps(d.id(), r)).toList();
            if (!ranges.isEmpty()) {
                kept.put(d.id(), ranges);
                total += ranges.size();
            }
        }
        return new SearchResult(spec.query(), total, kept.size(), contexts(scope, kept, limit), kept);
    }

    private List<SearchHit> contexts(SearchScope scope, Map<Long, List<TextRange>> kept, int limit) {
        Map<Long, Integer> wanted = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<Long, List<TextRange>> e : kept.entrySet()) {
            if (n >= limit) {
                break;
            }
            int take = Math.min(limit - n, e.getValue().size());
            wanted.put(e.getKey(), take);
            n += take;
        }
        Map<Long, Excerpt> excerpts = new HashMap<>();
        Map<Long, List<Integer>> pages = new HashMap<>();
        project.read(tx -> {
            wanted.forEach((id, take) -> {
                excerpts.put(id, Excerpt.around(tx, id, kept.get(id).subList(0, take)));
                List<Integer> starts = tx.documents().pageStarts(id);
                if (starts != null && !starts.isEmpty()) {
                    pages.put(id, starts);
                }
            });
            return null;
        });
        List<SearchHit> hits = new ArrayList<>(n);
        wanted.forEach((id, take) -> {
            Excerpt excerpt = excerpts.get(id);
            PageMap pageMap = pages.containsKey(id) ? PageMap.of(pages.get(id)) : null;
            String name = scope.documents.get(id).name();
            for (TextRange r : kept.get(id).subList(0, take)) {
                TextRange local = excerpt.local(r);
                hits.add(new SearchHit(id, name, r, pageMap == null ? null : pageMap.pageOf(r.start()),
                        Kwic.before(excerpt.text, local), local.of(excerpt.text), Kwic.after(excerpt.text, local)));
            }
        });
        return hits;
    }

    /**
     * The part of a document's text the context lines of some hits look at (the hits and {@link Kwic#REACH}
     * characters on each side): a search whose hits are spread over a hundred documents reads a few kilobytes,
     * not a hundred whole texts.
     */
    private record Excerpt(int from, String text) {

        static Excerpt around(Tx tx, long documentId, List<TextRange> hits) {
            int first = hits.stream().mapToInt(TextRange::start).min().orElse(0);
            int last = hits.stream().mapToInt(TextRange::end).max().orElse(0);
            int from = Math.max(0, first - Kwic.REACH);
            return new Excerpt(from, tx.documents().excerpt(documentId, from, last + Kwic.REACH));
        }

        TextRange local(TextRange hit) {
            return new TextRange(hit.start() - from, hit.end() - from);
        }
    }
}
