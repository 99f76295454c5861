package org.glose.ui.memo;

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
        dialog.setTitle("New memo");
        dialog.setHeaderText(about);
        TextField title = new TextField();
        title.setId("memo-dialog-title");
        title.setPromptText("Title (optional: the first line otherwise)");
        TextArea text = new TextArea();
        text.setId("memo-dialog-text");
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.setPrefColumnCount(48);
        dialog.getDialogPane().setContent(new VBox(8, title, new Label("Memo:"), text));
        ButtonType save = new ButtonType("Save memo", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(text.textProperty().map(String::isBlank));
        dialog.setResultConverter(b -> b == save ? new Words(title.getText(), text.getText()) : null);
        Platform.runLater(text::requestFocus);
        return dialog.showAndWait();
    }
}
