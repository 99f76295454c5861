package org.glose.ui;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;

/** "Code selection with…": type part of a code's path, pick it with the arrows and Enter (or a double click). */
final class CodePicker {

    private CodePicker() {
    }

    static Optional<Code> pick(Window owner, Codebook codebook) {
        Dialog<Code> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Code selection with…");
        dialog.setHeaderText("Type part of the code's name, then Enter.");
        TextField filter = new TextField();
        filter.setPromptText("Filter codes");
        ListView<Code> list = new ListView<>();
        list.setCellFactory(l -> CodeChoices.cell(codebook, ""));
        list.setPrefSize(460, 360);
        list.getItems().setAll(codebook.depthFirst());
        list.getSelectionModel().selectFirst();
        filter.textProperty().addListener((o, was, now) -> {
            List<Code> found = CodeChoices.matching(codebook, now);
            list.getItems().setAll(found);
            list.getSelectionModel().selectFirst();
        });
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                if (i >= 0 && i < list.getItems().size()) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(Math.max(0, i - 3));
                }
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        VBox content = new VBox(8, filter, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        ButtonType code = new ButtonType("Code", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(code, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(code).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == code ? list.getSelectionModel().getSelectedItem() : null);
        Platform.runLater(filter::requestFocus);
        return dialog.showAndWait();
    }
}
