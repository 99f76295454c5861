package org.glose.core.analysis.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as exports write it (CSV, XLSX, HTML): a short name (sheet or file name), a header row and rows of
 * cells. The first {@code labelColumns} columns hold headings; a "heat" table colours its number cells on a
 * one-hue scale, leaving the diagonal grey when {@code mutedDiagonal}.
 */
public record AnalysisTable(String name, List<String> header, List<List<TableCell>> rows, int labelColumns,
                            boolean heat, boolean mutedDiagonal) {

    public AnalysisTable {
        header = List.copyOf(header);
        List<List<TableCell>> copy = new ArrayList<>();
        for (List<TableCell> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("A row of " + name + " has " + row.size() + " cells for "
                        + header.size() + " columns");
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
    }

    /** A plain list (no heat colouring): one heading column. */
    public static AnalysisTable list(String name, List<String> header, List<List<TableCell>> rows) {
        return new AnalysisTable(name, header, rows, 1, false, false);
    }

    /** The same table under another name (sheet or file name). */
    public AnalysisTable renamed(String newName) {
        return new AnalysisTable(newName, header, rows, labelColumns, heat, mutedDiagonal);
    }

    /** The largest number in the heat region (off the muted diagonal): the top of the colour scale. */
    public double heatMax() {
        double max = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = labelColumns; j < header.size(); j++) {
                TableCell c = rows.get(i).get(j);
                if (c.isNumber() && !isMuted(i, j)) {
                    max = Math.max(max, c.number());
                }
            }
        }
        return max;
    }

    /** True for a diagonal cell of a square table whose diagonal is not a relation. */
    public boolean isMuted(int row, int column) {
        return mutedDiagonal && column - labelColumns == row;
    }
}
