package org.glose.ui.analysis;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Rotate;
import org.glose.core.analysis.chart.ChartScene;
import org.glose.core.analysis.chart.ChartScene.Label;
import org.glose.core.analysis.chart.ChartScene.Rect;
import org.glose.core.analysis.chart.ChartScene.Shape;

/**
 * Draws a {@link ChartScene} with JavaFX shapes: the window shows the very layout that the SVG and PNG exports
 * write (one layout, three outputs).
 */
final class ChartView {

    private final Pane canvas = new Pane();
    private final ScrollPane root = new ScrollPane(canvas);

    ChartView() {
        canvas.setId("chart");
    }

    Node root() {
        return root;
    }

    Pane canvas() {
        return canvas;
    }

    void show(ChartScene scene) {
        canvas.getChildren().clear();
        canvas.setPrefSize(scene.width(), scene.height());
        canvas.setMinSize(scene.width(), scene.height());
        for (Shape shape : scene.shapes()) {
            if (shape instanceof Rect r) {
                Rectangle rect = new Rectangle(r.x(), r.y(), r.width(), r.height());
                rect.setFill(r.fill() == null ? Color.TRANSPARENT : Color.web(r.fill()));
                if (r.stroke() != null) {
                    rect.setStroke(Color.web(r.stroke()));
                }
                if (r.tooltip() != null) {
                    Tooltip.install(rect, new Tooltip(r.tooltip()));
                    rect.setAccessibleText(r.tooltip());
                }
                canvas.getChildren().add(rect);
            } else if (shape instanceof Label l) {
                canvas.getChildren().add(text(l));
            } else if (shape instanceof ChartScene.Line l) {
                Line line = new Line(l.x1(), l.y1(), l.x2(), l.y2());
                line.setStroke(Color.web(l.colour()));
                line.setStrokeWidth(l.width());
                canvas.getChildren().add(line);
            }
        }
    }

    private static Text text(Label l) {
        Text text = new Text(l.text());
        text.setFont(Font.font(Font.getDefault().getFamily(), l.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                l.size()));
        text.setFill(Color.web(l.colour()));
        double width = text.getLayoutBounds().getWidth();
        double dx = switch (l.anchor()) {
            case START -> 0;
            case MIDDLE -> -width / 2;
            case END -> -width;
        };
        text.setX(l.x() + dx);
        text.setY(l.y());
        if (l.angle() != 0) {
            text.getTransforms().add(new Rotate(l.angle(), l.x(), l.y()));
        }
        return text;
    }
}
