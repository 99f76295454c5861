package org.glose.core.analysis.chart;

import java.util.ArrayList;
import java.util.List;
import org.glose.core.analysis.chart.ChartScene.Anchor;
import org.glose.core.analysis.chart.ChartScene.Label;
import org.glose.core.analysis.chart.ChartScene.Shape;
import org.glose.core.analysis.frequency.WordCount;

/**
 * Lays out a word cloud: the most frequent words first, each sized by the square root of its count (so that area
 * follows frequency), set in centred lines of a fixed width. Deterministic: the same counts give the same picture
 * in the window, the SVG and the PNG. Colour steps from the dark to the middle of the heatmap's scale.
 */
public final class WordCloudChart {

    private static final double WIDTH = 760;
    private static final double MARGIN = 16;
    private static final double SMALLEST = 11;
    private static final double LARGEST = 44;

    private WordCloudChart() {
    }

    public static ChartScene layout(String title, List<WordCount> words) {
        double max = words.stream().mapToLong(WordCount::count).max().orElse(1);
        List<Shape> shapes = new ArrayList<>();
        List<Label> line = new ArrayList<>();
        double lineWidth = 0;
        double lineHeight = 0;
        double y = MARGIN + 30;
        for (WordCount w : words) {
            double size = SMALLEST + (LARGEST - SMALLEST) * Math.sqrt(w.count() / max);
            double width = w.word().length() * size * (w.count() == max ? 0.68 : 0.62) + size * 0.9;
            if (lineWidth + width > WIDTH - 2 * MARGIN && !line.isEmpty()) {
                y += lineHeight;
                shapes.addAll(centred(line, lineWidth, y));
                line.clear();
                lineWidth = 0;
                lineHeight = 0;
            }
            String colour = ColourScale.fill(0.55 + 0.45 * Math.sqrt(w.count() / max), 1);
            line.add(new Label(lineWidth, 0, w.word(), size, colour, Anchor.START, w.count() == max, 0));
            lineWidth += width;
            lineHeight = Math.max(lineHeight, size * 1.25);
        }
        if (!line.isEmpty()) {
            y += lineHeight;
            shapes.addAll(centred(line, lineWidth, y));
        }
        List<Shape> all = new ArrayList<>();
        all.add(new ChartScene.Rect(0, 0, WIDTH, y + MARGIN * 2, "#ffffff", null, null));
        all.add(new Label(MARGIN, MARGIN + 14, title, 14, "#000000", Anchor.START, true, 0));
        all.addAll(shapes);
        return new ChartScene(title, WIDTH, y + MARGIN * 2, all);
    }

    /** The line's words moved to be centred, on the baseline {@code y}. */
    private static List<Label> centred(List<Label> line, double width, double y) {
        double shift = (WIDTH - width) / 2;
        List<Label> placed = new ArrayList<>();
        for (Label l : line) {
            placed.add(new Label(l.x() + shift, y - l.size() * 0.25, l.text(), l.size(), l.colour(), Anchor.START,
                    l.bold(), 0));
        }
        return placed;
    }
}
