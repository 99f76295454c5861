package org.glose.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link SearchSpec} as text, the form saved queries are kept in: one {@code key: value} line per setting, a
 * key repeated for each item of a list, {@code \n} and {@code \} escaped. Unknown keys are ignored, so a saved
 * query from a later Glose still runs with the settings this one knows.
 */
public final class SearchSpecText {

    private SearchSpecText() {
    }

    public static String write(SearchSpec spec) {
        StringBuilder sb = new StringBuilder();
        line(sb, "query", spec.query());
        if (spec.exact()) {
            line(sb, "exact", "true");
        }
        spec.documents().forEach(v -> line(sb, "document", v));
        spec.cases().forEach(v -> line(sb, "case", v));
        spec.attributes().forEach(v -> line(sb, "attribute", v));
        spec.withinCodes().forEach(v -> line(sb, "within-code", v));
        spec.notWithinCodes().forEach(v -> line(sb, "not-within-code", v));
        if (spec.subcodes()) {
            line(sb, "subcodes", "true");
        }
        if (spec.coder() != null) {
            line(sb, "coder", spec.coder());
        }
        return sb.toString();
    }

    public static SearchSpec read(String text) {
        Map<String, List<String>> values = new java.util.HashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                values.computeIfAbsent(line.substring(0, colon), k -> new ArrayList<>())
                        .add(unescape(line.substring(colon + 2)));
            }
        }
        Function<String, List<String>> all = key -> values.getOrDefault(key, List.of());
        Function<String, String> one = key -> all.apply(key).isEmpty() ? null : all.apply(key).get(0);
        return new SearchSpec(one.apply("query"), "true".equals(one.apply("exact")), all.apply("document"),
                all.apply("case"), all.apply("attribute"), all.apply("within-code"), all.apply("not-within-code"),
                "true".equals(one.apply("subcodes")), one.apply("coder"));
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append(key).append(": ").append(value.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
    }

    private static String unescape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                sb.append(next == 'n' ? '\n' : next);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
