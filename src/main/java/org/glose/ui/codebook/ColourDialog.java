package org.glose.ui.codebook;

import static org.glose.ui.i18n.I18n.t;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.glose.core.model.Code;

/** Chooses a code's colour: the colour-blind-safe palette first (guide ui.md §6), any colour second. */
final class ColourDialog {

    /** Okabe–Ito, then grey. */
    static final String[] PALETTE = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
        "#999999"};

    private ColourDialog() {
    }

    static Optional<String> ask(Window owner, Code code) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(t("codebook.colour.title", code.name()));
        dialog.setHeaderText(null);
        ColorPicker picker = new ColorPicker(Color.web(code.colour()));
        ToggleGroup group = new ToggleGroup();
        FlowPane swatches = new FlowPane(6, 6);
        for (String c : PALETTE) {
            ToggleButton b = new ToggleButton();
            b.setToggleGroup(group);
            b.setStyle("-fx-background-color: " + c + "; -fx-min-width: 2em; -fx-min-height: 2em;");
            b.setTooltip(new Tooltip(c));
            b.setAccessibleText(t("codebook.colour.swatch", c));
            b.setSelected(c.equalsIgnoreCase(code.colour()));
            b.setOnAction(e -> picker.setValue(Color.web(c)));
            swatches.getChildren().add(b);
        }
        dialog.getDialogPane().setContent(new VBox(10, new Label(t("codebook.colour.safe")), swatches,
                new Label(t("codebook.colour.any")), picker));
        ButtonType ok = new ButtonType(t("codebook.colour.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ok ? hex(picker.getValue()) : null);
        return dialog.showAndWait().filter(c -> !c.equalsIgnoreCase(code.colour()));
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
