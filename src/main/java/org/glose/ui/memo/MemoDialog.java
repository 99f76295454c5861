package org.glose.ui.memo;

import static org.glose.ui.i18n.I18n.t;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a new memo's title (optional) and text; says what the memo is about. */
public final class MemoDialog {

    /** What was written. */
    public record Words(String title, String text) {
    }

    private MemoDialog() {
    }

    public static Optional<Words> ask(Window owner, String about) {
        Dialog<Words> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(t("memo.new.title"));
        dialog.setHeaderText(about);
        TextField title = new TextField();
        title.setId("memo-dialog-title");
        title.setPromptText(t("memo.new.titlePrompt"));
        TextArea text = new TextArea();
        text.setId("memo-dialog-text");
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.setPrefColumnCount(48);
        dialog.getDialogPane().setContent(new VBox(8, title, new Label(t("memo.new.text")), text));
        ButtonType save = new ButtonType(t("memo.new.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(text.textProperty().map(String::isBlank));
        dialog.setResultConverter(b -> b == save ? new Words(title.getText(), text.getText()) : null);
        Platform.runLater(text::requestFocus);
        return dialog.showAndWait();
    }
}
