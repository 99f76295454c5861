package org.glose.core.analysis.matrix;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.glose.core.project.InvalidInputException;

/**
 * How to build a code matrix: rows are codes; columns are documents, cases or the values of one case attribute;
 * a cell counts codings, coded characters or documents; optionally as a percentage of its row or column total.
 */
public record MatrixOptions(Axis axis, String attribute, Value value, Percent percent, boolean withSubcodes) {

    /** What the columns are. */
    public enum Axis { DOCUMENTS, CASES, ATTRIBUTE }

    /** What a cell counts. */
    public enum Value {
        /** Codings of the code in the column's documents. */
        CODINGS,
        /** Characters the code covers there (overlapping codings of one code count once). */
        CHARACTERS,
        /** Documents of the column with at least one coding of the code. */
        DOCUMENTS;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Value parse(String key) {
            for (Value v : values()) {
                if (v.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                    return v;
                }
            }
            throw new InvalidInputException("The value \"" + key + "\" is not one of codings, characters, documents.");
        }
    }

    /** Whether a cell shows its count or its share of the row or column total, in percent. */
    public enum Percent {
        NONE, ROW, COLUMN;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Percent parse(String key) {
            for (Percent p : values()) {
                if (p.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                    return p;
                }
            }
            throw new InvalidInputException("The percentage \"" + key + "\" is not one of none, row, column.");
        }
    }

    public MatrixOptions {
        if (axis == Axis.ATTRIBUTE && (attribute == null || attribute.isBlank())) {
            throw new InvalidInputException("Columns by attribute need the attribute's name (attribute:NAME).");
        }
        attribute = axis == Axis.ATTRIBUTE ? attribute.strip() : null;
    }

    public static MatrixOptions of(Axis axis) {
        return new MatrixOptions(axis, null, Value.CODINGS, Percent.NONE, false);
    }

    /** Parses the command line's columns: {@code documents}, {@code cases} or {@code attribute:NAME}. */
    public static MatrixOptions columns(String spec) {
        String s = spec == null ? "" : spec.strip();
        if (s.equalsIgnoreCase("documents")) {
            return of(Axis.DOCUMENTS);
        }
        if (s.equalsIgnoreCase("cases")) {
            return of(Axis.CASES);
        }
        if (s.regionMatches(true, 0, "attribute:", 0, 10)) {
            return new MatrixOptions(Axis.ATTRIBUTE, s.substring(10), Value.CODINGS, Percent.NONE, false);
        }
        throw new InvalidInputException("The columns \"" + spec + "\" are not one of documents, cases, "
                + "attribute:NAME.");
    }

    /** The columns as the command line writes them. */
    public String columnsKey() {
        return axis == Axis.ATTRIBUTE ? "attribute:" + attribute : axis.name().toLowerCase(Locale.ROOT);
    }

    public MatrixOptions withValue(Value newValue) {
        return new MatrixOptions(axis, attribute, newValue, percent, withSubcodes);
    }

    public MatrixOptions withPercent(Percent newPercent) {
        return new MatrixOptions(axis, attribute, value, newPercent, withSubcodes);
    }

    public MatrixOptions withSubcodes(boolean aggregate) {
        return new MatrixOptions(axis, attribute, value, percent, aggregate);
    }

    public Map<String, String> describe() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("analysis", "matrix");
        p.put("columns", columnsKey());
        p.put("value", value.key());
        p.put("percent", percent.key());
        p.put("subcodes", Boolean.toString(withSubcodes));
        return p;
    }
}
