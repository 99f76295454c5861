package org.glose.importer.spreadsheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One sheet of a spreadsheet or a CSV file: its first row as column headers, then the data rows. Headers are
 * stripped; a blank header is named after its column letter ("Column C"), a repeated one gets " (2)", " (3)"...
 *
 * @param sheet   the sheet's name; null for a CSV file
 * @param headers one per column, unique
 * @param rows    the data rows that hold at least one non-blank cell, in order
 */
public record Table(String sheet, List<String> headers, List<Row> rows) {

    /** The most columns a sheet may have (Excel's limit); a wider row is cut there. */
    public static final int MAX_COLUMNS = 16_384;

    /**
     * A data row.
     *
     * @param number the row's number as a spreadsheet program shows it (the header row is usually 1)
     * @param cells  the cell texts, trailing blank cells left out
     */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The text of a cell, "" when the row is shorter. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * A table from raw rows as read (the first is the header row), dropping blank data rows and making the headers
     * unique. The column count is the widest row's.
     */
    public static Table of(String sheet, List<Row> raw) {
        if (raw.isEmpty()) {
            return new Table(sheet, List.of(), List.of());
        }
        int width = raw.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
        List<String> headers = headers(raw.get(0), width);
        List<Row> rows = raw.subList(1, raw.size()).stream().filter(row -> !row.isBlank()).toList();
        return new Table(sheet, headers, rows);
    }

    private static List<String> headers(Row first, int width) {
        List<String> headers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int column = 0; column < width; column++) {
            String header = first.cell(column).strip().replaceAll("\\s+", " ");
            if (header.isEmpty()) {
                header = "Column " + letter(column);
            }
            String unique = header;
            for (int n = 2; !seen.add(unique.toLowerCase(java.util.Locale.ROOT)); n++) {
                unique = header + " (" + n + ")";
            }
            headers.add(unique);
        }
        return headers;
    }

    /** The spreadsheet letter of a 0-based column: 0 is A, 25 Z, 26 AA. */
    public static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    public int columnCount() {
        return headers.size();
    }
}
