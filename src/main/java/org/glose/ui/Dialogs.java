package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.ProjectProblemException;

/** The window's message boxes; errors say one sentence, never a stack trace. */
final class Dialogs {

    private final Supplier<Window> owner;

    Dialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    Window owner() {
        return owner.get();
    }

    void error(Throwable failure) {
        Throwable f = failure;
        while (f instanceof CompletionException && f.getCause() != null) {
            f = f.getCause();
        }
        Alert alert = alert(Alert.AlertType.ERROR, null, sentence(f));
        alert.show();
    }

    /** The sentence to show for a failure: the message of the errors users can act on, else a short one. */
    static String sentence(Throwable f) {
        if (f instanceof InvalidInputException || f instanceof ProjectProblemException) {
            return f.getMessage();
        }
        f.printStackTrace(); // unexpected: the details go to the log, the user gets one sentence
        String message = f.getMessage() == null ? f.getClass().getSimpleName() : f.getMessage().lines()
                .findFirst().orElse("");
        return t("dialog.unexpected", message);
    }

    void info(String header, String text) {
        alert(Alert.AlertType.INFORMATION, header, text).show();
    }

    Optional<String> askText(String title, String question, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(question);
        dialog.getEditor().setPrefColumnCount(28);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private Alert alert(Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle("Glose");
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.getDialogPane().setMinWidth(420);
        return alert;
    }
}
