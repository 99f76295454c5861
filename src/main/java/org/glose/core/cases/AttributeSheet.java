package org.glose.core.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glose.core.project.InvalidInputException;

/**
 * Attribute values read from a table (CSV or spreadsheet), checked before anything is saved. Two layouts are
 * understood: a long one with the columns {@code case, attribute, value} (the command line's), and the wide one
 * NVivo and MAXQDA export (a case per row: the first column names the case, every other column is an attribute;
 * a blank cell leaves that value as it is). Each bad row is named with its row number.
 */
public final class AttributeSheet {

    /** A data row as the file numbers it (the header row is usually 1). */
    public record Line(long number, List<String> cells) {
    }

    /**
     * What an import would set: {@code rows} when {@code problems} is empty (an import with problems is refused).
     *
     * @param wide true for the one-case-per-row layout
     */
    public record Plan(List<AttributeRow> rows, List<String> problems, boolean wide) {
        public Plan {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean canImport() {
            return problems.isEmpty() && !rows.isEmpty();
        }
    }

    private AttributeSheet() {
    }

    public static Plan plan(List<String> headers, List<Line> lines) {
        List<String> names = headers.stream().map(h -> h == null ? "" : h.strip().toLowerCase(Locale.ROOT)).toList();
        int caseColumn = names.indexOf("case");
        int attributeColumn = names.indexOf("attribute");
        int valueColumn = names.indexOf("value");
        List<AttributeRow> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (headers.size() < 2) {
            problems.add("The first row must name the columns: case, attribute, value; or the case, then one "
                    + "column per attribute.");
            return new Plan(rows, problems, false);
        }
        boolean wide = caseColumn < 0 || attributeColumn < 0 || valueColumn < 0;
        for (Line line : lines) {
            try {
                if (wide) {
                    String caseName = CaseNames.valid(cell(line, 0));
                    for (int column = 1; column < headers.size(); column++) {
                        String value = cell(line, column);
                        if (!value.isBlank()) {
                            rows.add(new AttributeRow(line.number(), caseName, headers.get(column).strip(), value));
                        }
                    }
                } else {
                    String caseName = CaseNames.valid(cell(line, caseColumn));
                    String attribute = cell(line, attributeColumn);
                    if (attribute.isBlank()) {
                        throw new InvalidInputException("the attribute has no name.");
                    }
                    rows.add(new AttributeRow(line.number(), caseName, attribute.strip(), cell(line, valueColumn)));
                }
            } catch (InvalidInputException e) {
                problems.add("Row " + line.number() + ": " + e.getMessage());
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add("The table has no attribute values below its first row.");
        }
        return new Plan(rows, problems, wide);
    }

    private static String cell(Line line, int column) {
        String text = column < line.cells().size() ? line.cells().get(column) : null;
        return text == null ? "" : text.strip();
    }
}
