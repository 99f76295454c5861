package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;

/**
 * Choosing codes by keyboard: type part of a code's path, move with the arrows, Enter (or a double click). The
 * several-codes form keeps what was ticked with Space or Ctrl+click while the filter changes.
 */
final class CodePicker {

    private CodePicker() {
    }

    static Optional<Code> pick(Window owner, Codebook codebook) {
        return pick(owner, codebook, t("coding.picker.title"), t("coding.picker.code"));
    }

    static Optional<Code> pick(Window owner, Codebook codebook, String title, String action) {
        return show(owner, codebook, title, action, false).flatMap(l -> l.stream().findFirst());
    }

    /** Several codes at once (Space or Ctrl+click adds one); empty when cancelled. */
    static List<Code> pickSeveral(Window owner, Codebook codebook) {
        return show(owner, codebook, t("coding.picker.severalTitle"), t("coding.picker.codeWithAll"), true)
                .orElse(List.of());
    }

    private static Optional<List<Code>> show(Window owner, Codebook codebook, String title, String action,
                                             boolean several) {
        Dialog<List<Code>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(several ? t("coding.picker.severalHelp") : t("coding.picker.help"));
        TextField filter = new TextField();
        filter.setId("code-picker-filter");
        filter.setPromptText(t("coding.picker.filter"));
        ListView<Code> list = new ListView<>();
        list.setId("code-picker-list");
        list.setCellFactory(l -> CodeChoices.cell(codebook, ""));
        list.setPrefSize(460, 360);
        list.getItems().setAll(codebook.depthFirst());
        java.util.LinkedHashSet<Code> ticked = new java.util.LinkedHashSet<>();
        if (several) {
            list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
            list.getSelectionModel().getSelectedItems().addListener(
                    (javafx.collections.ListChangeListener<Code>) c -> {
                        ticked.removeIf(code -> list.getItems().contains(code)
                                && !list.getSelectionModel().getSelectedItems().contains(code));
                        ticked.addAll(list.getSelectionModel().getSelectedItems());
                    });
        }
        list.getSelectionModel().selectFirst();
        filter.textProperty().addListener((o, was, now) -> {
            List<Code> kept = List.copyOf(ticked);
            list.getItems().setAll(CodeChoices.matching(codebook, now));
            ticked.addAll(kept);
            if (several) {
                kept.stream().filter(list.getItems()::contains).forEach(list.getSelectionModel()::select);
            }
            if (list.getSelectionModel().getSelectedItem() == null) {
                list.getSelectionModel().selectFirst();
            }
        });
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                if (i >= 0 && i < list.getItems().size()) {
                    if (several) {
                        list.getFocusModel().focus(i);
                    } else {
                        list.getSelectionModel().select(i);
                    }
                    list.scrollTo(Math.max(0, i - 3));
                }
                e.consume();
            } else if (several && e.getCode() == KeyCode.SPACE && e.isControlDown()) {
                int i = list.getFocusModel().getFocusedIndex();
                if (i >= 0) {
                    list.getSelectionModel().select(i);
                }
                e.consume();
            }
        });
        ButtonType code = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        list.setOnMouseClicked(e -> {
            if (!several && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(List.of(list.getSelectionModel().getSelectedItem()));
                dialog.close();
            }
        });
        VBox content = new VBox(8, filter, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(code, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(code).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> {
            if (b != code) {
                return null;
            }
            return several ? List.copyOf(ticked) : List.of(list.getSelectionModel().getSelectedItem());
        });
        Platform.runLater(filter::requestFocus);
        return dialog.showAndWait().filter(l -> !l.isEmpty());
    }
}
