package org.glose.core.analysis.chart;

import java.util.List;

/**
 * A chart laid out once as plain shapes (pixel coordinates, top-left origin, colours as {@code #RRGGBB}) so that
 * every output draws the same picture: SVG ({@link SvgWriter}), PNG (a renderer in {@code interchange}) and the
 * window's view.
 */
public record ChartScene(String title, double width, double height, List<Shape> shapes) {

    public ChartScene {
        shapes = List.copyOf(shapes);
    }

    /** One drawn element. */
    public sealed interface Shape permits Rect, Label, Line {
    }

    /** A rectangle; {@code fill} or {@code stroke} may be null (not drawn); {@code tooltip} may be null. */
    public record Rect(double x, double y, double width, double height, String fill, String stroke, String tooltip)
            implements Shape {
    }

    /** Where a label's x lies: at its start, middle or end. */
    public enum Anchor { START, MIDDLE, END }

    /**
     * A line of text whose baseline starts (or is centred, or ends) at (x, y), rotated by {@code angle} degrees
     * clockwise around that point.
     */
    public record Label(double x, double y, String text, double size, String colour, Anchor anchor, boolean bold,
                        double angle) implements Shape {
    }

    public record Line(double x1, double y1, double x2, double y2, String colour, double width) implements Shape {
    }
}
