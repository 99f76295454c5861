package org.glose.core.search;

import java.util.ArrayList;
import java.util.List;

/** The key-word-in-context lines of a result as a table, the form results are exported in (CSV, XLSX). */
public final class KwicTable {

    public static final List<String> HEADER =
            List.of("document", "page", "start", "end", "before", "hit", "after");

    private KwicTable() {
    }

    /** One row per hit: the hit's text on one line, page empty outside paged documents. */
    public static List<List<Object>> rows(SearchResult result) {
        List<List<Object>> rows = new ArrayList<>(result.hits().size());
        for (SearchHit h : result.hits()) {
            List<Object> row = new ArrayList<>(HEADER.size());
            row.add(h.document());
            row.add(h.page());
            row.add(h.range().start());
            row.add(h.range().end());
            row.add(h.before());
            row.add(Kwic.oneLine(h.text()));
            row.add(h.after());
            rows.add(row);
        }
        return rows;
    }
}
