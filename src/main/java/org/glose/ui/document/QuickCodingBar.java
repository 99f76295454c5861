package org.glose.ui.document;

import static org.glose.ui.i18n.I18n.t;

import java.util.function.IntConsumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The bar below the document (NVivo's Quick Coding bar): the recently used codes, each a button with its quick
 * key (1–9) that codes the selected passage, plus the keys to remember.
 */
public final class QuickCodingBar<C> {

    private final HBox root = new HBox(6);
    private final ObservableList<C> recent;
    private final Function<C, String> name;
    private final Function<C, String> colour;
    private final IntConsumer onCode;
    private final Label hint = new Label();
    private javafx.beans.value.ObservableBooleanValue readOnly = new javafx.beans.property.SimpleBooleanProperty();

    public QuickCodingBar(ObservableList<C> recent, Function<C, String> name, Function<C, String> colour,
                          IntConsumer onCode) {
        this.recent = recent;
        this.name = name;
        this.colour = colour;
        this.onCode = onCode;
        root.setId("quick-coding-bar");
        root.getStyleClass().add("quick-coding-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        hint.getStyleClass().add("quick-hint");
        hint.setMinWidth(0);
        recent.addListener((ListChangeListener<C>) c -> rebuild());
        rebuild();
    }

    public Node root() {
        return root;
    }

    /** While {@code readOnly} is true (a read-only project) the code buttons are disabled and the hint says why. */
    public void setReadOnly(javafx.beans.value.ObservableBooleanValue readOnly) {
        this.readOnly = readOnly;
        readOnly.addListener((o, was, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        root.getChildren().clear();
        Label title = new Label(t("document.quick.title"));
        title.getStyleClass().add("quick-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        root.getChildren().add(title);
        for (int i = 0; i < recent.size(); i++) {
            C code = recent.get(i);
            int index = i;
            Region swatch = new Region();
            swatch.getStyleClass().add("code-swatch");
            swatch.setStyle("-fx-background-color: " + colour.apply(code) + ";");
            swatch.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            Button b = new Button((i + 1) + " " + name.apply(code), swatch);
            b.setMnemonicParsing(false);
            b.getStyleClass().add("quick-code");
            b.setMinWidth(0);
            b.setTooltip(new Tooltip(i == 0 ? t("document.quick.tooltipFirst", name.apply(code))
                    : t("document.quick.tooltip", name.apply(code), i + 1)));
            b.setFocusTraversable(false);
            b.setOnAction(e -> onCode.accept(index));
            b.setDisable(readOnly.get());
            root.getChildren().add(b);
        }
        hint.setText(readOnly.get() ? t("readOnly.refused")
                : recent.isEmpty() ? t("document.quick.hintEmpty") : t("document.quick.hint"));
        root.getChildren().add(hint);
    }
}
