package org.glose.core.retrieval;

import java.util.List;

/**
 * Retrieved passages as a table to copy or save: CSV (RFC 4180, for spreadsheets) or tab-separated text (for a
 * paste into a spreadsheet or a word processor). Columns: document, page, start, end, codes, passage, context.
 */
public final class RetrievalTable {

    static final List<String> HEADER = List.of("document", "page", "start", "end", "codes", "passage",
            "before", "after");

    private RetrievalTable() {
    }

    public static String csv(List<RetrievedPassage> passages) {
        return table(passages, ',', true);
    }

    public static String tabSeparated(List<RetrievedPassage> passages) {
        return table(passages, '\t', false);
    }

    private static String table(List<RetrievedPassage> passages, char separator, boolean quote) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER, separator, quote);
        for (RetrievedPassage p : passages) {
            row(out, List.of(p.documentName(), p.page() == null ? "" : p.page().toString(),
                    Integer.toString(p.range().start()), Integer.toString(p.range().end()),
                    String.join("; ", p.codes()), p.text(), p.before(), p.after()), separator, quote);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells, char separator, boolean quote) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            String cell = cells.get(i);
            if (quote) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell.replaceAll("[\\t\\r\\n]+", " "));
            }
        }
        out.append(quote ? "\r\n" : "\n");
    }
}
