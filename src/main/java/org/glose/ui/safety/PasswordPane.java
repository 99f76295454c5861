package org.glose.ui.safety;

import static org.glose.ui.i18n.I18n.t;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks for a project's password: to open an encrypted project (one field), or a new one to encrypt it (twice,
 * they must match). The password goes out as a char array for the store, which clears what it derives from it;
 * it is never stored, and the fields are emptied once it has been read.
 */
public final class PasswordPane extends GridPane {

    /** Opening an encrypted project, or choosing the password of a project being encrypted. */
    public enum Mode { OPEN, NEW }

    final PasswordField password = new PasswordField();
    final PasswordField again = new PasswordField();
    final Label message = new Label();
    private final BooleanBinding valid;

    public PasswordPane(Mode mode, String explanation) {
        setHgap(8);
        setVgap(8);
        setPadding(new Insets(10));
        Label text = new Label(explanation);
        text.setWrapText(true);
        text.setMaxWidth(420);
        add(text, 0, 0, 2, 1);
        add(new Label(t("safety.password.password")), 0, 1);
        add(password, 1, 1);
        if (mode == Mode.NEW) {
            add(new Label(t("safety.password.again")), 0, 2);
            add(again, 1, 2);
            Label warning = new Label(t("safety.password.warning"));
            warning.setWrapText(true);
            warning.setMaxWidth(420);
            add(warning, 0, 3, 2, 1);
            valid = Bindings.createBooleanBinding(() -> !password.getText().isEmpty()
                    && password.getText().equals(again.getText()), password.textProperty(), again.textProperty());
            message.textProperty().bind(Bindings.when(again.textProperty().isNotEmpty().and(valid.not()))
                    .then(t("safety.password.differ")).otherwise(""));
        } else {
            valid = password.textProperty().isNotEmpty();
        }
        message.setStyle("-fx-text-fill: #b00020;");
        add(message, 0, 4, 2, 1);
    }

    /** Shows why the last attempt failed, e.g. "The password is wrong." (OPEN mode). */
    public void showError(String error) {
        if (!message.textProperty().isBound()) {
            message.setText(error);
        }
        password.clear();
        password.requestFocus();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** The typed password, then the fields are cleared. */
    public char[] takePassword() {
        char[] chars = password.getText().toCharArray();
        password.clear();
        again.clear();
        return chars;
    }

    /**
     * A modal dialog around the pane; empty when cancelled. {@code error} (may be null) says why it is asked
     * again, e.g. after {@code PasswordException#isWrong()}.
     */
    public static Optional<char[]> ask(Window owner, Mode mode, String title, String explanation, String error) {
        PasswordPane pane = new PasswordPane(mode, explanation);
        if (error != null) {
            pane.showError(error);
        }
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        ButtonType ok = new ButtonType(mode == Mode.NEW ? t("safety.password.encrypt") : t("safety.password.open"),
                ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(pane);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(pane.validProperty().not());
        dialog.setResultConverter(button -> button == ok ? pane.takePassword() : null);
        dialog.setOnShown(e -> pane.password.requestFocus());
        return dialog.showAndWait();
    }
}
