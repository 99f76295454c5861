package org.glose.ui.document;

import static org.glose.ui.i18n.I18n.t;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for the new words of a selected passage (a typo fixed, a name anonymised), saying what moves with it. */
public final class EditTextDialog {

    private EditTextDialog() {
    }

    public static Optional<String> ask(Window owner, String selected, int codingsTouched) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(t("document.editText.title"));
        dialog.setHeaderText(codingsTouched == 0 ? t("document.editText.header")
                : codingsTouched == 1 ? t("document.editText.headerOne")
                : t("document.editText.headerMany", codingsTouched));
        Label was = new Label(selected.length() > 400 ? selected.substring(0, 400) + "…" : selected);
        was.setWrapText(true);
        was.getStyleClass().add("edit-text-old");
        TextArea now = new TextArea(selected);
        now.setId("edit-text-new");
        now.setWrapText(true);
        now.setPrefRowCount(4);
        now.setPrefColumnCount(50);
        dialog.getDialogPane().setContent(new VBox(8, new Label(t("document.editText.now")), was,
                new Label(t("document.editText.new")), now));
        ButtonType replace = new ButtonType(t("document.editText.replace"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(replace, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(replace).disableProperty()
                .bind(now.textProperty().map(t -> t.equals(selected)));
        dialog.setResultConverter(b -> b == replace ? now.getText() : null);
        Platform.runLater(() -> {
            now.requestFocus();
            now.selectAll();
        });
        return dialog.showAndWait();
    }
}
