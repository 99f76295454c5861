package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.glose.core.coding.Coders;
import org.glose.core.model.Coder;

/**
 * The bottom line: a "Read-only" badge while the project is open read-only, who codes (click to change), the last action, the running task with its progress and a
 * cancel button, and what Undo would undo.
 */
final class StatusBar {

    private final ProjectSession session;
    private final Dialogs dialogs;
    private final MenuButton coder = new MenuButton();
    private final Label lastAction = new Label();
    private final Label taskTitle = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(t("status.cancel"));
    private final HBox task = new HBox(6, taskTitle, progress, cancel);
    private final Label undo = new Label();
    private final Label readOnly = new Label(t("readOnly.badge"));
    private final HBox root;
    private List<Coder> knownCoders = List.of();

    StatusBar(ProjectSession session, Dialogs dialogs) {
        this.session = session;
        this.dialogs = dialogs;
        coder.setId("coder-button");
        coder.textProperty().bind(Bindings.createStringBinding(() -> t("status.coder", session.coderProperty().get()),
                session.coderProperty()));
        coder.setTooltip(new Tooltip(t("status.coder.tooltip")));
        coder.setOnShowing(e -> fillCoderMenu());
        coder.getStyleClass().add("coder-button");
        lastAction.textProperty().bind(session.lastActionProperty());
        lastAction.setMinWidth(0);
        lastAction.getStyleClass().add("last-action");
        HBox.setHgrow(lastAction, Priority.ALWAYS);
        lastAction.setMaxWidth(Double.MAX_VALUE);
        progress.setPrefWidth(140);
        cancel.getStyleClass().add("small-button");
        task.setAlignment(Pos.CENTER_LEFT);
        task.setId("task-box");
        task.managedProperty().bind(task.visibleProperty());
        task.setVisible(false);
        session.runner().visibleTasks().addListener((ListChangeListener<FxTaskRunner.Running>) c -> showTask());
        undo.getStyleClass().add("next-undo");
        undo.setMinWidth(0);
        session.revisionProperty().addListener((o, was, now) -> {
            showUndo();
            loadCoders();
        });
        session.lastActionProperty().addListener((o, was, now) -> showUndo());
        readOnly.setId("read-only-badge");
        readOnly.getStyleClass().add("read-only-badge");
        // looked-up theme colours (no literals): the accent, as the selected rows' text on it
        readOnly.setStyle("-fx-background-color: -fx-accent; -fx-text-fill: -fx-selection-bar-text;"
                + " -fx-font-weight: bold; -fx-padding: 0.1em 0.6em; -fx-background-radius: 0.3em;");
        readOnly.setMinWidth(Region.USE_PREF_SIZE);
        readOnly.setTooltip(new Tooltip(t("readOnly.badge.tooltip")));
        readOnly.getTooltip().setWrapText(true);
        readOnly.getTooltip().setMaxWidth(420);
        readOnly.visibleProperty().bind(session.readOnlyProperty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        root = new HBox(12, readOnly, coder, lastAction, task, undo);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-bar");
        showUndo();
    }

    Node root() {
        return root;
    }

    void showUndo() {
        undo.setText(session.nextUndo().map(l -> t("status.nextUndo", l)).orElse(""));
    }

    private void showTask() {
        List<FxTaskRunner.Running> running = session.runner().visibleTasks();
        task.setVisible(!running.isEmpty());
        progress.progressProperty().unbind();
        taskTitle.textProperty().unbind();
        if (running.isEmpty()) {
            return;
        }
        FxTaskRunner.Running shown = running.get(running.size() - 1);
        taskTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            String message = shown.message().get();
            return message == null || message.isBlank() ? shown.title() : message;
        }, shown.message()));
        progress.progressProperty().bind(shown.progress());
        cancel.setVisible(shown.isCancellable());
        cancel.setDisable(false);
        cancel.setOnAction(e -> {
            shown.cancel();
            cancel.setDisable(true);
            session.announce(t("status.cancelling", shown.title()));
        });
    }

    private void loadCoders() {
        if (session.project() != null) {
            session.read(tx -> tx.coders().list(), coders -> knownCoders = coders);
        }
    }

    private void fillCoderMenu() {
        coder.getItems().clear();
        for (Coder c : knownCoders) {
            coder.getItems().add(choice(c.name()));
        }
        if (knownCoders.stream().noneMatch(c -> c.name().equals(Coders.DEFAULT))) {
            coder.getItems().add(choice(Coders.DEFAULT));
        }
        MenuItem other = new MenuItem(t("status.otherCoder"));
        other.setOnAction(e -> dialogs.askText(t("status.coder.title"), t("status.codeAs"), session.coderProperty().get())
                .ifPresent(this::setCoder));
        coder.getItems().addAll(new SeparatorMenuItem(), other);
    }

    private MenuItem choice(String name) {
        MenuItem item = new MenuItem(name.equals(session.coderProperty().get()) ? "✓ " + name : name);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> setCoder(name));
        return item;
    }

    private void setCoder(String name) {
        try {
            session.coderProperty().set(Coders.valid(name));
            session.announce(t("status.coderChanged", session.coder()));
        } catch (RuntimeException e) {
            dialogs.error(e);
        }
    }
}
