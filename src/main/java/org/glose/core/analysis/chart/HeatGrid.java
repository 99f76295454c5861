package org.glose.core.analysis.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.glose.core.analysis.cooccurrence.CoOccurrenceTable;
import org.glose.core.analysis.matrix.MatrixOptions;
import org.glose.core.analysis.matrix.MatrixColumn;
import org.glose.core.analysis.matrix.MatrixTable;

/**
 * A table ready to be drawn as a heatmap: row and column headings, values (empty = undefined), decimals, and, for
 * a co-occurrence table, the order of its codes and a muted diagonal (a code with itself is not a relation).
 */
public record HeatGrid(String title, List<String> rows, List<String> columns, OptionalDouble[][] values,
                       int decimals, boolean mutedDiagonal) {

    /** A co-occurrence table in the given order (positions → table rows; see {@code ClusterOrder}). */
    public static HeatGrid of(String title, CoOccurrenceTable table, int[] order) {
        List<String> labels = new ArrayList<>();
        OptionalDouble[][] values = new OptionalDouble[order.length][order.length];
        for (int p = 0; p < order.length; p++) {
            labels.add(CellFormat.codeLabel(table.paths().get(order[p])));
            for (int q = 0; q < order.length; q++) {
                values[p][q] = table.value(order[p], order[q]);
            }
        }
        return new HeatGrid(title, labels, labels, values, table.measure().isRatio() ? 2 : 0, true);
    }

    public static HeatGrid of(String title, MatrixTable table) {
        OptionalDouble[][] values = new OptionalDouble[table.rows()][table.columnCount()];
        for (int i = 0; i < table.rows(); i++) {
            for (int j = 0; j < table.columnCount(); j++) {
                values[i][j] = table.value(i, j);
            }
        }
        return new HeatGrid(title, table.paths().stream().map(CellFormat::codeLabel).toList(),
                table.columns().stream().map(MatrixColumn::label).toList(), values,
                table.options().percent() == MatrixOptions.Percent.NONE ? 0 : 1, false);
    }

    /** The largest defined value off the muted diagonal: the top of the colour scale. */
    public double max() {
        double max = 0;
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values[i].length; j++) {
                if (!(mutedDiagonal && i == j) && values[i][j].isPresent()) {
                    max = Math.max(max, values[i][j].getAsDouble());
                }
            }
        }
        return max;
    }

    public boolean isMuted(int row, int column) {
        return mutedDiagonal && row == column;
    }

    /** The fill of a cell: none for 0 and undefined, grey on the muted diagonal, else the scale up to {@code max}. */
    public String fill(int row, int column, double max) {
        if (isMuted(row, column)) {
            return "#e6e6e6";
        }
        OptionalDouble v = values[row][column];
        if (v.isEmpty() || v.getAsDouble() == 0) {
            return null;
        }
        return ColourScale.fill(v.getAsDouble(), max);
    }

    public String text(int row, int column) {
        return CellFormat.inCell(values[row][column], decimals);
    }
}
