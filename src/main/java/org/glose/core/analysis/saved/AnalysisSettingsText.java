package org.glose.core.analysis.saved;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.cooccurrence.Measure;
import org.glose.core.analysis.data.AnalysisFilter;
import org.glose.core.analysis.frequency.WordOptions;
import org.glose.core.analysis.matrix.MatrixOptions;
import org.glose.core.project.InvalidInputException;

/**
 * {@link AnalysisSettings} as the text a saved analysis keeps: one {@code key: value} line per setting, a key
 * repeated for each item of a list, {@code %}, CR and LF written as {@code %25}, {@code %0D}, {@code %0A}. The keys
 * are the command line's option names (docs/cli.md) and a flag is {@code true}, so a saved analysis reads like the
 * command that made it. Flags that are off are left out; unknown keys are ignored, so settings saved by a later
 * Glose still run with what this one knows.
 */
public final class AnalysisSettingsText {

    /** The keys that are flags: present as {@code true} when on, absent when off. */
    public static final Set<String> FLAGS = Set.of("with-subcodes", "stem", "keep-stop-words");

    private AnalysisSettingsText() {
    }

    /** The settings as "key: value" lines, in a fixed order (the list shown to the user), values escaped. */
    public static List<String> lines(AnalysisSettings settings) {
        return entries(settings).stream().map(e -> e.getKey() + ": " + e.getValue().replace("%", "%25")
                .replace("\r", "%0D").replace("\n", "%0A")).toList();
    }

    /** The settings as key → value pairs, in a fixed order, a key repeated for each item of a list. */
    public static List<Map.Entry<String, String>> entries(AnalysisSettings settings) {
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        if (settings instanceof AnalysisSettings.CoOccurrence c) {
            CoOccurrenceOptions o = c.options();
            add(lines, "unit", o.unit().key());
            if (o.unit() == CoOccurrenceUnit.NEAR) {
                add(lines, "distance", Integer.toString(o.distance()));
            }
            add(lines, "measure", o.measure().key());
            if (c.clustered()) {
                add(lines, "order", "cluster");
            }
            flag(lines, "with-subcodes", o.withSubcodes());
        } else if (settings instanceof AnalysisSettings.Matrix m) {
            add(lines, "columns", m.options().columnsKey());
            add(lines, "value", m.options().value().key());
            add(lines, "percent", m.options().percent().key());
            flag(lines, "with-subcodes", m.options().withSubcodes());
        } else if (settings instanceof AnalysisSettings.CodeFrequency f) {
            flag(lines, "with-subcodes", f.withSubcodes());
        } else if (settings instanceof AnalysisSettings.WordFrequency w) {
            if (w.within() != null) {
                add(lines, "within", w.within());
            }
            add(lines, "min-length", Integer.toString(w.options().minLength()));
            flag(lines, "stem", w.options().stem());
            flag(lines, "keep-stop-words", !w.options().dropStopWords());
            add(lines, "limit", Integer.toString(w.options().limit()));
            flag(lines, "with-subcodes", w.withSubcodes());
        }
        AnalysisFilter f = settings.filter();
        f.coders().forEach(v -> add(lines, "coder", v));
        f.documents().forEach(v -> add(lines, "document", v));
        f.cases().forEach(v -> add(lines, "case", v));
        f.attributes().forEach((name, values) -> values.forEach(v -> add(lines, "attribute", name + "=" + v)));
        if (f.codeSubtree() != null) {
            add(lines, "code", f.codeSubtree());
        }
        return lines;
    }

    public static String write(AnalysisSettings settings) {
        StringBuilder sb = new StringBuilder();
        lines(settings).forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    /** Reads the settings of a saved analysis of {@code kind}; a setting that is no longer valid is refused. */
    public static AnalysisSettings read(String kind, String text) {
        Values v = Values.parse(text);
        AnalysisFilter filter = new AnalysisFilter(new LinkedHashSet<>(v.all("coder")),
                new LinkedHashSet<>(v.all("document")), new LinkedHashSet<>(v.all("case")),
                AnalysisFilter.parseAttributes(v.all("attribute")), v.one("code", null));
        boolean subcodes = v.flag("with-subcodes");
        return switch (kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT)) {
            case "cooccurrence" -> new AnalysisSettings.CoOccurrence(filter, new CoOccurrenceOptions(
                    CoOccurrenceUnit.parse(v.one("unit", "overlap")),
                    v.number("distance", CoOccurrenceOptions.DEFAULT_DISTANCE),
                    Measure.parse(v.one("measure", "count")), subcodes), v.one("order", "tree").equals("cluster"));
            case "matrix" -> new AnalysisSettings.Matrix(filter, MatrixOptions.columns(v.one("columns", "documents"))
                    .withValue(MatrixOptions.Value.parse(v.one("value", "codings")))
                    .withPercent(MatrixOptions.Percent.parse(v.one("percent", "none"))).withSubcodes(subcodes));
            case "frequency" -> new AnalysisSettings.CodeFrequency(filter, subcodes);
            case "words" -> new AnalysisSettings.WordFrequency(filter, new WordOptions(
                    v.number("min-length", WordOptions.DEFAULT.minLength()), !v.flag("keep-stop-words"),
                    v.flag("stem"), v.number("limit", WordOptions.DEFAULT.limit())), v.one("within", null), subcodes);
            default -> throw new InvalidInputException("The saved analysis is of a kind (\"" + kind + "\") this "
                    + "version of Glose does not know.");
        };
    }

    private static void add(List<Map.Entry<String, String>> lines, String key, String value) {
        lines.add(Map.entry(key, value));
    }

    private static void flag(List<Map.Entry<String, String>> lines, String key, boolean on) {
        if (on) {
            add(lines, key, "true");
        }
    }

    /** The values of each key, in order. */
    private record Values(Map<String, List<String>> byKey) {

        static Values parse(String text) {
            Map<String, List<String>> map = new LinkedHashMap<>();
            for (String line : (text == null ? "" : text).split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    map.computeIfAbsent(line.substring(0, colon), k -> new ArrayList<>())
                            .add(decode(line.substring(colon + 2)));
                }
            }
            return new Values(map);
        }

        List<String> all(String key) {
            return byKey.getOrDefault(key, List.of());
        }

        String one(String key, String fallback) {
            List<String> values = all(key);
            return values.isEmpty() ? fallback : values.get(0);
        }

        boolean flag(String key) {
            return "true".equals(one(key, "false"));
        }

        int number(String key, int fallback) {
            String value = one(key, null);
            try {
                return value == null ? fallback : Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("The saved setting " + key + " (\"" + value + "\") is not a whole "
                        + "number.");
            }
        }

        private static String decode(String value) {
            return value.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
        }
    }
}
