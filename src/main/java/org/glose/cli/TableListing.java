package org.glose.cli;

import java.io.PrintWriter;
import java.util.List;
import org.glose.importer.spreadsheet.Table;

/** Prints a table's sheets and columns for {@code glose import-table --list-columns}. */
final class TableListing {

    private static final int SAMPLE_LENGTH = 40;

    private TableListing() {
    }

    static void print(PrintWriter out, List<String> sheets, Table table) {
        if (!sheets.isEmpty()) {
            out.println("Sheets: " + String.join(", ", sheets) + " (reading \u201C" + table.sheet() + "\u201D)");
        }
        out.println(table.rows().size() + " row(s) under the header row; columns:");
        for (int column = 0; column < table.columnCount(); column++) {
            int c = column;
            List<String> values = table.rows().stream().map(row -> row.cell(c)).filter(v -> !v.isBlank()).toList();
            String sample = values.isEmpty() ? "" : "  e.g. " + shorten(values.get(0));
            out.println("  " + Table.letter(column) + "  " + table.headers().get(column) + "  (" + values.size()
                    + " value(s))" + sample);
        }
    }

    private static String shorten(String value) {
        String line = value.strip().replaceAll("\\s+", " ");
        return line.length() <= SAMPLE_LENGTH ? line : line.substring(0, SAMPLE_LENGTH - 1) + "\u2026";
    }
}
