package org.glose.core.analysis.chart;

import java.util.ArrayList;
import java.util.List;
import org.glose.core.analysis.chart.ChartScene.Anchor;
import org.glose.core.analysis.chart.ChartScene.Label;
import org.glose.core.analysis.chart.ChartScene.Line;
import org.glose.core.analysis.chart.ChartScene.Rect;
import org.glose.core.analysis.chart.ChartScene.Shape;

/** Lays out a horizontal bar chart (code or word frequencies): one labelled bar per row, its value at its end. */
public final class BarChart {

    private static final double BAR = 18;
    private static final double GAP = 6;
    private static final double LENGTH = 420;
    private static final double MARGIN = 12;
    private static final String COLOUR = "#0072B2";

    private BarChart() {
    }

    /** A bar per label; {@code indents} (may be null) shifts a label right by that many levels (code depth). */
    public static ChartScene layout(String title, List<String> labels, List<Double> values, List<Integer> indents,
                                    int decimals) {
        double labelWidth = 10;
        for (int i = 0; i < labels.size(); i++) {
            int indent = indents == null ? 0 : indents.get(i);
            labelWidth = Math.max(labelWidth, (Math.min(HeatmapChart.MAX_LABEL, labels.get(i).length()) + 2 * indent)
                    * HeatmapChart.CHAR + 10);
        }
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double left = MARGIN + labelWidth;
        double top = MARGIN + 30;
        double width = left + LENGTH + 80;
        double height = top + labels.size() * (BAR + GAP) + MARGIN;
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Rect(0, 0, width, height, "#ffffff", null, null));
        shapes.add(new Label(MARGIN, MARGIN + 14, title, 14, "#000000", Anchor.START, true, 0));
        for (int i = 0; i < labels.size(); i++) {
            double y = top + i * (BAR + GAP);
            double value = values.get(i);
            double length = max <= 0 ? 0 : LENGTH * value / max;
            String shown = labels.get(i);
            double indent = indents == null ? 0 : indents.get(i) * 2 * HeatmapChart.CHAR;
            shapes.add(new Label(MARGIN + indent, y + BAR / 2 + HeatmapChart.FONT / 3, HeatmapChart.shorten(shown),
                    HeatmapChart.FONT, "#000000", Anchor.START, false, 0));
            if (length > 0) {
                shapes.add(new Rect(left, y, length, BAR, COLOUR, null,
                        shown + ": " + CellFormat.format(value, decimals)));
            }
            shapes.add(new Label(left + length + 4, y + BAR / 2 + HeatmapChart.FONT / 3,
                    CellFormat.format(value, decimals), HeatmapChart.FONT, "#000000", Anchor.START, false, 0));
        }
        shapes.add(new Line(left, top - 2, left, height - MARGIN, "#808080", 1));
        return new ChartScene(title, width, height, shapes);
    }
}
