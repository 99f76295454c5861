package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.glose.core.project.InvalidInputException;
import org.glose.store.ServerUrl;

/**
 * "Open a team project (PostgreSQL URL)…": asks for the URL of a team project and, when its server wants one, the
 * password of the role (docs/team-server.md). The password goes to the server only; it is never stored.
 */
final class ServerProjectDialog {

    /** What the user gave: the URL (as a location, like a folder) and the password, empty when none. */
    record Answer(Path location, char[] password) {
    }

    private ServerProjectDialog() {
    }

    static Optional<Answer> ask(Window owner) {
        ButtonType open = new ButtonType(t("team.open"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(t("team.title"));
        dialog.setHeaderText(t("team.header"));
        TextField url = new TextField();
        url.setPromptText(t("team.url.prompt"));
        url.setPrefColumnCount(36);
        PasswordField password = new PasswordField();
        password.setPromptText(t("team.password.prompt"));
        Label problem = new Label();
        problem.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(t("team.url")), url);
        grid.addRow(1, new Label(t("team.password")), password);
        grid.add(problem, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        // a URL that cannot be one is said at once, in the dialog, and nothing is opened
        dialog.getDialogPane().lookupButton(open).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                ServerUrl.parse(url.getText());
                problem.setText("");
            } catch (InvalidInputException bad) {
                problem.setText(bad.getMessage());
                e.consume();
            }
        });
        javafx.application.Platform.runLater(url::requestFocus);
        Optional<ButtonType> pressed = dialog.showAndWait();
        if (pressed.isEmpty() || pressed.get() != open) {
            return Optional.empty();
        }
        char[] secret = password.getText().isEmpty() ? null : password.getText().toCharArray();
        password.clear();
        return Optional.of(new Answer(Path.of(url.getText().strip()), secret));
    }
}
