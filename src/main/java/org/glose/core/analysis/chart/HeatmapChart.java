package org.glose.core.analysis.chart;

import java.util.ArrayList;
import java.util.List;
import org.glose.core.analysis.chart.ChartScene.Anchor;
import org.glose.core.analysis.chart.ChartScene.Label;
import org.glose.core.analysis.chart.ChartScene.Line;
import org.glose.core.analysis.chart.ChartScene.Rect;
import org.glose.core.analysis.chart.ChartScene.Shape;

/**
 * Lays out a {@link HeatGrid}: row headings on the left, column headings slanted above, one square cell per value
 * with its number (0 blank, undefined "—"), a thin grid, and the scale's bounds under the grid.
 */
public final class HeatmapChart {

    static final double CELL = 38;
    static final double FONT = 11;
    static final double CHAR = 0.6 * FONT;
    static final int MAX_LABEL = 42;
    private static final double MARGIN = 12;

    private HeatmapChart() {
    }

    public static ChartScene layout(HeatGrid grid) {
        int rows = grid.rows().size();
        int columns = grid.columns().size();
        double rowLabels = Math.min(MAX_LABEL, longest(grid.rows())) * CHAR + 10;
        double columnLabels = (Math.min(MAX_LABEL, longest(grid.columns())) * CHAR) * 0.72 + 16;
        double top = MARGIN + 24 + columnLabels;
        double left = MARGIN + rowLabels;
        double width = left + columns * CELL + columnLabels + MARGIN;
        double height = top + rows * CELL + 40;
        double max = grid.max();
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Rect(0, 0, width, height, "#ffffff", null, null));
        shapes.add(new Label(MARGIN, MARGIN + 14, grid.title(), 14, "#000000", Anchor.START, true, 0));
        for (int j = 0; j < columns; j++) {
            double x = left + j * CELL + CELL / 2;
            shapes.add(new Label(x, top - 6, shorten(grid.columns().get(j)), FONT, "#000000", Anchor.START, false,
                    -45));
        }
        for (int i = 0; i < rows; i++) {
            double y = top + i * CELL;
            shapes.add(new Label(left - 6, y + CELL / 2 + FONT / 3, shorten(grid.rows().get(i)), FONT, "#000000",
                    Anchor.END, false, 0));
            for (int j = 0; j < columns; j++) {
                double x = left + j * CELL;
                String fill = grid.fill(i, j, max);
                String text = grid.text(i, j);
                shapes.add(new Rect(x, y, CELL, CELL, fill == null ? "#ffffff" : fill, "#d0d0d0",
                        grid.rows().get(i) + " × " + grid.columns().get(j) + ": "
                                + CellFormat.format(grid.values()[i][j], grid.decimals())));
                if (!text.isEmpty()) {
                    shapes.add(new Label(x + CELL / 2, y + CELL / 2 + FONT / 3, text, FONT,
                            fill == null ? "#000000" : ColourScale.textOn(fill), Anchor.MIDDLE, false, 0));
                }
            }
        }
        double bottom = top + rows * CELL;
        shapes.add(new Line(left, bottom, left + columns * CELL, bottom, "#808080", 1));
        double legendY = bottom + 14;
        for (int s = 0; s < 10; s++) {
            shapes.add(new Rect(left + s * 14, legendY, 14, 10, ColourScale.fill(s / 9.0, 1), "#d0d0d0", null));
        }
        shapes.add(new Label(left + 146, legendY + 9, "0 – " + CellFormat.format(max, grid.decimals())
                + "   (— undefined)", FONT, "#000000", Anchor.START, false, 0));
        return new ChartScene(grid.title(), Math.max(width, left + 330), height, shapes);
    }

    static int longest(List<String> labels) {
        return labels.stream().mapToInt(String::length).max().orElse(0);
    }

    /** A heading cut to {@link #MAX_LABEL} characters with an ellipsis; the full text stays in the tooltips. */
    static String shorten(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
    }
}
