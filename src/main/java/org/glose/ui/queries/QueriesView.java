package org.glose.ui.queries;

import static org.glose.ui.i18n.I18n.t;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glose.core.analysis.saved.AnalysisSettings;
import org.glose.core.analysis.saved.RenameSavedAnalysis;
import org.glose.core.analysis.saved.SaveAnalysis;
import org.glose.core.project.Command;
import org.glose.core.project.Tx;
import org.glose.core.search.DeleteSavedQuery;
import org.glose.core.search.RenameSavedQuery;
import org.glose.ui.work.ThreeLineCell;
import org.glose.ui.edit.WorkbenchSession;

/**
 * The Queries tab of the left navigation (NVivo's Queries, MAXQDA's saved retrievals): the project's saved searches
 * and saved analyses with their kind, what they ask and when they were saved, filtered as one types. Enter or a
 * double-click runs one (a search in the search window, an analysis in its own window, both with what was
 * saved); F2 renames, Delete deletes after a confirmation; both are undoable actions. The list is read off the FX
 * thread and again after every change of the project.
 */
public final class QueriesView {

    /** How the window runs what is saved. */
    public interface Runner {
        /** Opens the search window on the search saved under {@code name} and runs it. */
        void search(String name);

        /** Opens a saved analysis in a window titled {@code title}, with its settings, and computes it. */
        void analysis(String title, AnalysisSettings settings);
    }

    private final WorkbenchSession session;
    private final Supplier<Window> owner;
    private final Runner runner;
    private final TextField filter = new TextField();
    private final ListView<SavedRow> list = new ListView<>();
    private final Button run = new Button(t("queries.run"));
    private final Button rename = new Button(t("queries.rename"));
    private final Button delete = new Button(t("queries.delete"));
    private final Label message = new Label();
    private final VBox root;
    private List<SavedRow> all = List.of();
    private long reloads;
    private SavedRow pendingSelection;

    public QueriesView(WorkbenchSession session, Supplier<Window> owner, Runner runner) {
        this.session = session;
        this.owner = owner;
        this.runner = runner;
        filter.setId("queries-filter");
        filter.setPromptText(t("queries.filter"));
        filter.textProperty().addListener((o, was, now) -> showList());
        list.setId("queries-list");
        list.setCellFactory(l -> new ThreeLineCell<SavedRow>("query", row -> new ThreeLineCell.Lines(row.name(),
                t("queries.kindAndDate", row.kindLabel(), row.savedLabel()), row.asks(), row.asks())));
        Label placeholder = new Label(t("queries.empty"));
        placeholder.setId("queries-empty");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder");
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> buttons());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                runSelected();
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        run.setId("queries-run");
        run.setTooltip(new Tooltip(t("queries.run.tip")));
        run.setOnAction(e -> runSelected());
        rename.setId("queries-rename");
        rename.setTooltip(new Tooltip(t("queries.rename.tip")));
        rename.setOnAction(e -> renameSelected());
        delete.setId("queries-delete");
        delete.setTooltip(new Tooltip(t("queries.delete.tip")));
        delete.setOnAction(e -> deleteSelected());
        message.setId("queries-message");
        message.setWrapText(true);
        message.getStyleClass().add("queries-message");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(6, run, gap, rename, delete);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, filter, list, buttons, message);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.setId("queries-view");
        root.getStyleClass().add("queries-view");
        session.onChange(label -> reload());
        session.onProjectSwitch(() -> {
            message.setText("");
            reload();
        });
        buttons();
    }

    public Node root() {
        return root;
    }

    public ListView<SavedRow> list() {
        return list;
    }

    /** Reads the saved searches and analyses again (off the FX thread); the newest read wins. */
    public void reload() {
        long ticket = ++reloads;
        if (!session.hasProject()) {
            all = List.of();
            showList();
            return;
        }
        session.read(QueriesView::rows, rows -> {
            if (ticket == reloads) {
                all = rows;
                showList();
            }
        });
    }

    static List<SavedRow> rows(Tx tx) {
        List<SavedRow> rows = new ArrayList<>();
        tx.savedQueries().list().forEach(q -> rows.add(SavedRow.of(q)));
        tx.savedAnalyses().list().forEach(a -> rows.add(SavedRow.of(a)));
        rows.sort(Comparator.comparing((SavedRow r) -> r.name().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(SavedRow::search));
        return rows;
    }

    private void showList() {
        SavedRow selected = pendingSelection != null ? pendingSelection : list.getSelectionModel().getSelectedItem();
        String words = filter.getText() == null ? "" : filter.getText();
        list.getItems().setAll(all.stream().filter(r -> r.matches(words)).toList());
        if (selected != null) {
            list.getItems().stream().filter(selected::sameAs).findFirst().ifPresent(r -> {
                list.getSelectionModel().select(r);
                list.scrollTo(r);
                pendingSelection = null;
            });
        }
        buttons();
    }

    private void buttons() {
        boolean none = list.getSelectionModel().getSelectedItem() == null;
        run.setDisable(none);
        rename.setDisable(none);
        delete.setDisable(none);
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            runSelected();
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            deleteSelected();
            e.consume();
        } else if (e.getCode() == KeyCode.F2) {
            renameSelected();
            e.consume();
        }
    }

    /** Runs the selected saved search or analysis in its window. */
    public void runSelected() {
        SavedRow row = list.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        if (row.search()) {
            runner.search(row.name());
            say(t("queries.ran.search", row.name()));
            return;
        }
        AnalysisSettings settings;
        try {
            settings = row.analysisSettings();
        } catch (RuntimeException e) {
            say(e.getMessage());
            return;
        }
        runner.analysis(t("queries.analysis.title", row.kindLabel(), row.name()), settings);
        say(t("queries.ran.analysis", row.name()));
    }

    /** Asks for a new name for the selected item and renames it (one undoable action). */
    public void renameSelected() {
        SavedRow row = list.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(row.name());
        dialog.initOwner(owner.get());
        dialog.setTitle(t("queries.rename.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(t("queries.rename.question", row.name()));
        dialog.getEditor().setId("queries-rename-name");
        dialog.getEditor().setPrefColumnCount(28);
        dialog.showAndWait().ifPresent(typed -> rename(row, typed));
    }

    /** Renames a saved item; a blank, too long or taken name is refused with one sentence and changes nothing. */
    void rename(SavedRow row, String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            say(t("queries.rename.blank"));
            return;
        }
        if (name.length() > 200) {
            say(t("queries.rename.tooLong"));
            return;
        }
        if (name.equals(row.name())) {
            say(t("queries.rename.unchanged"));
            return;
        }
        Optional<SavedRow> taken = all.stream().filter(r -> r.search() == row.search() && r.name().equals(name))
                .findFirst();
        if (taken.isPresent()) {
            say(row.search() ? t("queries.rename.takenSearch", name) : t("queries.rename.takenAnalysis", name));
            return;
        }
        Command<?> command = row.search() ? new RenameSavedQuery(row.name(), name)
                : new RenameSavedAnalysis(row.name(), name);
        pendingSelection = new SavedRow(row.search(), name, row.kind(), row.settings(), row.savedAt());
        session.execute(command, done -> say(t("queries.renamed", row.name(), name)));
    }

    /** Deletes the selected item once confirmed (one undoable action). */
    public void deleteSelected() {
        SavedRow row = list.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, t("queries.delete.undo"), ButtonType.OK,
                ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(t("queries.delete.title"));
        alert.setHeaderText(row.search() ? t("queries.delete.search", row.name())
                : t("queries.delete.analysis", row.name()));
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            Command<?> command = row.search() ? new DeleteSavedQuery(row.name()) : SaveAnalysis.delete(row.name());
            session.execute(command, done -> say(t("queries.deleted", row.name())));
        });
    }

    private void say(String sentence) {
        message.setText(sentence);
        session.announce(sentence);
    }
}
