package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;

/** Asks for a new code's name and place in the codebook (top level, or under an existing code). */
final class NewCodeDialog {

    /** The answer: a name, and the parent code's id or null for the top level. */
    record Answer(String name, Long parentId) {
    }

    private NewCodeDialog() {
    }

    static Optional<Answer> ask(Window owner, String title, Codebook codebook, String initialName, Long parentId) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        TextField name = new TextField(initialName);
        name.setPrefColumnCount(30);
        List<Code> parents = new ArrayList<>();
        parents.add(null);
        parents.addAll(codebook.depthFirst());
        ComboBox<Code> parent = new ComboBox<>();
        parent.getItems().setAll(parents);
        parent.setCellFactory(l -> CodeChoices.cell(codebook, t("coding.newCode.topLevel")));
        parent.setButtonCell(CodeChoices.cell(codebook, t("coding.newCode.topLevel")));
        parent.setPromptText(t("coding.newCode.topLevel"));
        parent.setMaxWidth(Double.MAX_VALUE);
        parent.getSelectionModel().select(parentId == null ? null : codebook.byId(parentId).orElse(null));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(t("coding.newCode.name")), name);
        grid.addRow(1, new Label(t("coding.newCode.under")), parent);
        dialog.getDialogPane().setContent(grid);
        ButtonType create = new ButtonType(t("coding.newCode.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(create).disableProperty()
                .bind(name.textProperty().map(String::isBlank).orElse(true));
        dialog.setResultConverter(b -> {
            if (b != create) {
                return null;
            }
            Code p = parent.getSelectionModel().getSelectedItem();
            return new Answer(name.getText().strip(), p == null ? null : p.id());
        });
        Platform.runLater(() -> {
            name.requestFocus();
            name.selectAll();
        });
        return dialog.showAndWait();
    }
}
