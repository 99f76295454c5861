package org.glose.ui.history;

import static org.glose.ui.i18n.I18n.t;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.glose.core.project.UndoManager;
import org.glose.ui.edit.WorkbenchSession;

/**
 * "History of this session": every labelled action of the undo stack, oldest first, the undone ones greyed.
 * Choosing a row undoes or redoes back to the state just after that action ("Start of session" undoes all).
 * The list follows every change while the window is open.
 */
public final class UndoHistoryWindow {

    /** A row: {@code position} actions done once the user goes back to it. */
    public record Step(String label, int position, boolean done, boolean current) {
    }

    private final Supplier<UndoManager.Steps> steps;
    private final IntConsumer stepTo;
    private final Supplier<Window> owner;
    private final ListView<Step> list = new ListView<>();
    private Stage stage;

    /**
     * @param steps  the open project's history (empty when none is open)
     * @param stepTo undoes or redoes until that many actions are done
     */
    public UndoHistoryWindow(WorkbenchSession session, Supplier<UndoManager.Steps> steps, IntConsumer stepTo,
                             Supplier<Window> owner) {
        this.steps = steps;
        this.stepTo = stepTo;
        this.owner = owner;
        list.setId("undo-history");
        list.setCellFactory(l -> new StepCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                goToSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                goToSelected();
            }
        });
        session.onChange(label -> refresh());
        session.onProjectSwitch(this::refresh);
    }

    /** Opens the window (or brings it to the front), the current state selected. */
    public void show() {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner.get());
            stage.setTitle(t("undoHistory.title"));
            Label hint = new Label(t("undoHistory.hint"));
            hint.setWrapText(true);
            hint.getStyleClass().add("placeholder");
            Button go = new Button(t("undoHistory.go"));
            go.setId("undo-history-go");
            go.setTooltip(new Tooltip(t("undoHistory.go.tooltip")));
            go.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
            go.setOnAction(e -> goToSelected());
            Button close = new Button(t("undoHistory.close"));
            close.setCancelButton(true);
            close.setOnAction(e -> stage.hide());
            HBox buttons = new HBox(8, go, close);
            VBox.setVgrow(list, Priority.ALWAYS);
            VBox root = new VBox(8, hint, list, buttons);
            root.setStyle("-fx-padding: 10");
            root.getStyleClass().add("glose-window"); // the window's colours (glose.css) apply here too
            stage.setScene(new Scene(root, 420, 460));
            if (owner.get() instanceof Stage o && o.getScene() != null) {
                stage.getScene().getStylesheets().setAll(o.getScene().getStylesheets());
            }
        }
        refresh();
        stage.show();
        stage.toFront();
        list.requestFocus();
    }

    public ListView<Step> list() {
        return list;
    }

    /** The rows: "Start of session", then each action, oldest first. */
    public static List<Step> rows(UndoManager.Steps history) {
        List<Step> rows = new ArrayList<>();
        rows.add(new Step(t("undoHistory.start"), 0, true, history.position() == 0));
        for (int i = 0; i < history.labels().size(); i++) {
            rows.add(new Step(history.labels().get(i), i + 1, i < history.position(), i + 1 == history.position()));
        }
        return rows;
    }

    private void refresh() {
        if (stage == null) {
            return; // never opened: nothing to keep up to date
        }
        List<Step> rows = rows(steps.get());
        list.getItems().setAll(rows);
        rows.stream().filter(Step::current).findFirst().ifPresent(s -> {
            list.getSelectionModel().select(s);
            list.scrollTo(s);
        });
    }

    private void goToSelected() {
        Step chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null && !chosen.current()) {
            stepTo.accept(chosen.position());
        }
    }

    private static final class StepCell extends ListCell<Step> {
        @Override
        protected void updateItem(Step step, boolean empty) {
            super.updateItem(step, empty);
            if (empty || step == null) {
                setText(null);
                setStyle("");
                return;
            }
            setText(step.current() ? "▸ " + step.label() : step.done() ? step.label()
                    : t("undoHistory.undone", step.label()));
            setStyle(!step.done() ? "-fx-opacity: 0.55; -fx-font-style: italic"
                    : step.current() ? "-fx-font-weight: bold" : "");
        }
    }
}
