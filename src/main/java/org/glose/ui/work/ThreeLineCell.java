package org.glose.ui.work;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A list cell of three lines (a name, a line about it, an excerpt), as the Memos and Queries tabs show their
 * items; the lines shrink with the pane instead of widening it. Styled by {@code PREFIX-name}, {@code
 * PREFIX-about} and {@code PREFIX-excerpt}.
 */
public final class ThreeLineCell<T> extends ListCell<T> {

    /** The three lines of an item, and its tooltip (or null for none). */
    public record Lines(String name, String about, String excerpt, String tooltip) {
    }

    private final Label name = new Label();
    private final Label about = new Label();
    private final Label excerpt = new Label();
    private final VBox box = new VBox(1, name, about, excerpt);
    private final Function<T, Lines> lines;

    public ThreeLineCell(String stylePrefix, Function<T, Lines> lines) {
        this.lines = lines;
        name.getStyleClass().add(stylePrefix + "-name");
        about.getStyleClass().add(stylePrefix + "-about");
        excerpt.getStyleClass().add(stylePrefix + "-excerpt");
        name.setMinWidth(0);
        about.setMinWidth(0);
        excerpt.setMinWidth(0);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Lines l = lines.apply(item);
        name.setText(l.name());
        about.setText(l.about());
        excerpt.setText(l.excerpt());
        setTooltip(l.tooltip() == null ? null : new Tooltip(l.tooltip()));
        setGraphic(box);
    }
}
