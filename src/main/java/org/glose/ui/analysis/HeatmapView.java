package org.glose.ui.analysis;

import java.util.function.BiConsumer;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.glose.core.analysis.chart.CellFormat;
import org.glose.core.analysis.chart.ColourScale;
import org.glose.core.analysis.chart.HeatGrid;

/**
 * Shows a {@link HeatGrid} as a grid of labelled cells (guide ui.md §4): numbers on a one-hue scale, 0 blank,
 * undefined "—", the diagonal greyed. The row and column headings stay in view while the cells scroll. Click a
 * cell, or move with the arrow keys and press Enter or Space, to choose it: the callback gets its row and column;
 * moving the focus reports the cell through {@code onFocus}. Every cell is focusable and has an accessible text,
 * so colour never carries meaning alone. Built for codebooks up to about a hundred codes (one node per cell).
 */
final class HeatmapView {

    static final double CELL_WIDTH = 46;
    static final double CELL_HEIGHT = 28;
    private static final double ROW_HEADINGS = 260;
    private static final double COLUMN_HEADINGS = 180;

    private final GridPane cellGrid = new GridPane();
    private final GridPane rowGrid = new GridPane();
    private final GridPane columnGrid = new GridPane();
    private final ScrollPane body = new ScrollPane(cellGrid);
    private final GridPane root = new GridPane();
    /** What the numbers are ("Code co-occurrence — overlap, count"), in the blank corner above the row headings. */
    private final Label title = new Label();
    private BiConsumer<Integer, Integer> onChoose = (r, c) -> { };
    private java.util.function.Consumer<String> onFocus = s -> { };
    private Label[][] cells = new Label[0][0];
    private Label chosen;

    HeatmapView() {
        cellGrid.setId("heat-grid");
        root.getStyleClass().add("heat-grid");
        Pane rows = clipped(rowGrid);
        Pane columns = clipped(columnGrid);
        rows.setPrefWidth(ROW_HEADINGS);
        rows.setMinWidth(ROW_HEADINGS);
        columns.setPrefHeight(COLUMN_HEADINGS);
        columns.setMinHeight(COLUMN_HEADINGS);
        // the headings follow the cells: the viewport's origin is minus the scrolled offset
        body.viewportBoundsProperty().addListener((o, was, now) -> {
            columnGrid.setTranslateX(now.getMinX());
            rowGrid.setTranslateY(now.getMinY());
        });
        title.setId("heat-title");
        title.getStyleClass().add("heat-title");
        title.setWrapText(true);
        title.setMaxWidth(ROW_HEADINGS - 8);
        StackPane corner = fixed(title, ROW_HEADINGS, COLUMN_HEADINGS);
        corner.setAlignment(Pos.BOTTOM_LEFT);
        root.add(corner, 0, 0);
        root.add(columns, 1, 0);
        root.add(rows, 0, 1);
        root.add(body, 1, 1);
        GridPane.setHgrow(body, Priority.ALWAYS);
        GridPane.setVgrow(body, Priority.ALWAYS);
        GridPane.setHgrow(columns, Priority.ALWAYS);
        GridPane.setVgrow(rows, Priority.ALWAYS);
    }

    private static Pane clipped(GridPane content) {
        Pane pane = new Pane(content);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(pane.widthProperty());
        clip.heightProperty().bind(pane.heightProperty());
        pane.setClip(clip);
        return pane;
    }

    Node root() {
        return root;
    }

    void setOnChoose(BiConsumer<Integer, Integer> handler) {
        this.onChoose = handler;
    }

    void setOnFocus(java.util.function.Consumer<String> handler) {
        this.onFocus = handler;
    }

    /** The cell at (row, column) of the shown grid. */
    Label cell(int row, int column) {
        return cells[row][column];
    }

    int rows() {
        return cells.length;
    }

    /** The shown grid's title. */
    String title() {
        return title.getText();
    }

    void show(HeatGrid heat) {
        title.setText(heat.title());
        cellGrid.setAccessibleText(heat.title());
        cellGrid.getChildren().clear();
        rowGrid.getChildren().clear();
        columnGrid.getChildren().clear();
        chosen = null;
        int rows = heat.rows().size();
        int columns = heat.columns().size();
        cells = new Label[rows][columns];
        double max = heat.max();
        for (int j = 0; j < columns; j++) {
            Label heading = new Label(heat.columns().get(j));
            heading.getStyleClass().add("heat-column-label");
            heading.setMaxWidth(COLUMN_HEADINGS - 8);
            heading.setRotate(-90);
            heading.setTooltip(new Tooltip(heat.columns().get(j)));
            StackPane slot = fixed(new Group(heading), CELL_WIDTH, COLUMN_HEADINGS);
            slot.setAlignment(Pos.BOTTOM_CENTER);
            columnGrid.add(slot, j, 0);
        }
        for (int i = 0; i < rows; i++) {
            Label heading = new Label(heat.rows().get(i));
            heading.getStyleClass().add("heat-row-label");
            heading.setMaxWidth(ROW_HEADINGS - 8);
            heading.setTooltip(new Tooltip(heat.rows().get(i)));
            StackPane slot = fixed(heading, ROW_HEADINGS, CELL_HEIGHT);
            slot.setAlignment(Pos.CENTER_RIGHT);
            rowGrid.add(slot, 0, i);
            for (int j = 0; j < columns; j++) {
                Label cell = cell(heat, i, j, max);
                cells[i][j] = cell;
                cellGrid.add(cell, j, i);
            }
        }
    }

    private static StackPane fixed(Node content, double width, double height) {
        StackPane slot = new StackPane(content);
        slot.setMinSize(width, height);
        slot.setPrefSize(width, height);
        slot.setMaxSize(width, height);
        return slot;
    }

    private Label cell(HeatGrid heat, int i, int j, double max) {
        Label cell = new Label(heat.text(i, j));
        cell.getStyleClass().add("heat-cell");
        cell.setMinSize(CELL_WIDTH, CELL_HEIGHT);
        cell.setPrefSize(CELL_WIDTH, CELL_HEIGHT);
        cell.setMaxSize(CELL_WIDTH, CELL_HEIGHT);
        String value = CellFormat.format(heat.values()[i][j], heat.decimals());
        String description = heat.rows().get(i) + " × " + heat.columns().get(j) + ": " + value;
        cell.setAccessibleRole(AccessibleRole.TEXT);
        cell.setAccessibleText(description);
        cell.setTooltip(new Tooltip(description));
        cell.setFocusTraversable(true);
        if (heat.isMuted(i, j)) {
            cell.getStyleClass().add("muted");
        } else {
            String fill = heat.fill(i, j, max);
            if (fill != null) {
                // the fill is data (the colour scale), not theme: set per cell
                cell.setStyle("-fx-background-color: " + fill + "; -fx-text-fill: " + ColourScale.textOn(fill) + ";");
            }
        }
        cell.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                reveal(cell);
                onFocus.accept(description);
            }
        });
        cell.setOnMouseClicked(e -> choose(i, j));
        cell.setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            int r = i + (k == KeyCode.DOWN ? 1 : k == KeyCode.UP ? -1 : 0);
            int c = j + (k == KeyCode.RIGHT ? 1 : k == KeyCode.LEFT ? -1 : 0);
            if (k == KeyCode.ENTER || k == KeyCode.SPACE) {
                choose(i, j);
                e.consume();
            } else if ((r != i || c != j) && r >= 0 && c >= 0 && r < cells.length && c < cells[r].length) {
                cells[r][c].requestFocus();
                e.consume();
            }
        });
        return cell;
    }

    /** Scrolls so that a focused cell is in view (arrow keys can move past the visible part of the grid). */
    void reveal(Node cell) {
        Bounds b = cell.getBoundsInParent();
        Bounds view = body.getViewportBounds();
        double width = cellGrid.getLayoutBounds().getWidth();
        double height = cellGrid.getLayoutBounds().getHeight();
        if (b.getMinX() < -view.getMinX() || b.getMaxX() > -view.getMinX() + view.getWidth()) {
            double x = (b.getMinX() + b.getMaxX() - view.getWidth()) / 2;
            body.setHvalue(width > view.getWidth() ? Math.max(0, Math.min(1, x / (width - view.getWidth()))) : 0);
        }
        if (b.getMinY() < -view.getMinY() || b.getMaxY() > -view.getMinY() + view.getHeight()) {
            double y = (b.getMinY() + b.getMaxY() - view.getHeight()) / 2;
            body.setVvalue(height > view.getHeight() ? Math.max(0, Math.min(1, y / (height - view.getHeight()))) : 0);
        }
    }

    private void choose(int row, int column) {
        if (chosen != null) {
            chosen.getStyleClass().remove("selected");
        }
        chosen = cells[row][column];
        chosen.getStyleClass().add("selected");
        chosen.requestFocus();
        onChoose.accept(row, column);
    }
}
