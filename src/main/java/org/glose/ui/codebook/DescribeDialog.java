package org.glose.ui.codebook;

import static org.glose.ui.i18n.I18n.t;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.glose.core.model.Code;
import org.glose.core.model.CodeDetails;

/** Edits what a codebook says about a code: definition, inclusion and exclusion criteria, an example. */
final class DescribeDialog {

    private DescribeDialog() {
    }

    static Optional<CodeDetails> ask(Window owner, Code code) {
        Dialog<CodeDetails> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(t("codebook.describe.title", code.name()));
        dialog.setHeaderText(null);
        CodeDetails d = code.details();
        TextArea definition = area(d.description(), 4);
        definition.setId("describe-definition");
        TextArea inclusion = area(d.inclusion(), 3);
        TextArea exclusion = area(d.exclusion(), 3);
        TextArea example = area(d.example(), 3);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(t("codebook.describe.definition")), definition);
        grid.addRow(1, new Label(t("codebook.describe.useWhen")), inclusion);
        grid.addRow(2, new Label(t("codebook.describe.doNotUseWhen")), exclusion);
        grid.addRow(3, new Label(t("codebook.describe.example")), example);
        GridPane.setHgrow(definition, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(620);
        ButtonType ok = new ButtonType(t("codebook.describe.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ok ? new CodeDetails(d.colour(), definition.getText(),
                inclusion.getText(), exclusion.getText(), example.getText()) : null);
        Platform.runLater(definition::requestFocus);
        return dialog.showAndWait().filter(n -> !n.equals(d));
    }

    private static TextArea area(String text, int rows) {
        TextArea a = new TextArea(text == null ? "" : text);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.setPrefColumnCount(40);
        return a;
    }
}
