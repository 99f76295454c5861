package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.PrintWriter;
import java.util.List;
import org.glose.core.search.Kwic;
import org.glose.core.search.SearchHit;
import org.glose.core.search.SearchResult;

/** Prints a search result: key words in context for people, {@code {query, total, documents, hits}} as JSON. */
final class SearchOutput {

    @JsonPropertyOrder({"query", "total", "documents", "hits"})
    record ResultJson(String query, int total, int documents, List<HitJson> hits) {
    }

    @JsonPropertyOrder({"document", "start", "end", "page", "text", "before", "after"})
    record HitJson(String document, int start, int end, Integer page, String text, String before, String after) {
    }

    private SearchOutput() {
    }

    static void print(PrintWriter out, SearchResult result, boolean json) {
        if (json) {
            JsonOutput.print(out, new ResultJson(result.query(), result.total(), result.documents(),
                    result.hits().stream().map(h -> new HitJson(h.document(), h.range().start(), h.range().end(),
                            h.page(), h.text(), h.before(), h.after())).toList()));
            return;
        }
        out.println(result.total() + " hit(s) in " + result.documents() + " document(s)"
                + (!result.hits().isEmpty() && result.hits().size() < result.total()
                ? "; the first " + result.hits().size() + ":" : "."));
        int width = result.hits().stream().mapToInt(h -> where(h).length()).max().orElse(0);
        for (SearchHit h : result.hits()) {
            String where = where(h);
            out.println(where + " ".repeat(width - where.length() + 2)
                    + " ".repeat(Math.max(0, Kwic.CONTEXT - h.before().length())) + h.before()
                    + "[" + Kwic.oneLine(h.text()) + "]" + h.after());
        }
    }

    private static String where(SearchHit h) {
        return h.document() + (h.page() == null ? "" : " p." + h.page()) + " @" + h.range().start();
    }
}
