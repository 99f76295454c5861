package org.glose.ui.safety;

import static org.glose.ui.i18n.I18n.t;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.glose.core.project.ChangeEntry;
import org.glose.core.project.ChangeKind;
import org.glose.core.project.HistoryFilter;
import org.glose.core.project.OpenProject;

/**
 * The history of a project, of one document or of one code: who coded, recoded, uncoded, resized, deleted what
 * and when, newest first (undos included, as entries of their own). Read-only; loads off the FX thread.
 */
public final class HistoryView extends BorderPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final TableView<ChangeEntry> table = new TableView<>();
    final Label title = new Label();
    private final OpenProject project;
    private final Executor background;

    public HistoryView(OpenProject project, Executor background) {
        this.project = project;
        this.background = background;
        table.getColumns().add(column(t("history.pane.column.when"),
                e -> WHEN.format(e.at().atZone(ZoneId.systemDefault()))));
        table.getColumns().add(column(t("history.pane.column.who"), ChangeEntry::actor));
        table.getColumns().add(column(t("history.pane.column.what"), e -> what(e.kind())));
        table.getColumns().add(column(t("history.pane.column.document"), e -> orEmpty(e.documentName())));
        table.getColumns().add(column(t("history.pane.column.passage"),
                e -> e.start() == null ? "" : "[" + e.start() + ", " + e.end() + ")"));
        table.getColumns().add(column(t("history.pane.column.code"), HistoryView::codes));
        table.getColumns().add(column(t("history.pane.column.detail"), e -> orEmpty(e.detail())));
        table.getColumns().add(column(t("history.pane.column.action"), ChangeEntry::action));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(t("history.pane.empty")));
        title.setPadding(new Insets(0, 0, 6, 0));
        setTop(title);
        setCenter(table);
        setPadding(new Insets(10));
    }

    /** The "What" column in the window's language ("recoded", « recodé »); the core's verbs stay English for the CLI. */
    static String what(ChangeKind kind) {
        return switch (kind) {
            case CODED -> t("history.kind.coded");
            case UNCODED -> t("history.kind.uncoded");
            case RECODED -> t("history.kind.recoded");
            case RESIZED -> t("history.kind.resized");
            case CODING_RESTORED -> t("history.kind.codingRestored");
            case CODE_CREATED -> t("history.kind.codeCreated");
            case CODE_EDITED -> t("history.kind.codeEdited");
            case CODE_MOVED -> t("history.kind.codeMoved");
            case CODE_DELETED -> t("history.kind.codeDeleted");
            case CODE_RESTORED -> t("history.kind.codeRestored");
            case DOCUMENT_IMPORTED -> t("history.kind.documentImported");
            case DOCUMENT_DELETED -> t("history.kind.documentDeleted");
            case DOCUMENT_RESTORED -> t("history.kind.documentRestored");
        };
    }

    /** "Communs", or "Communs → Limites" for a recoding (former → new). */
    static String codes(ChangeEntry e) {
        if (e.codeName() == null) {
            return "";
        }
        boolean recoded = e.otherCodeName() != null && !e.kind().name().startsWith("CODE_");
        return recoded ? e.otherCodeName() + " → " + e.codeName() : e.codeName();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static TableColumn<ChangeEntry, String> column(String name, Function<ChangeEntry, String> f) {
        TableColumn<ChangeEntry, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new SimpleStringProperty(f.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    /** Shows the entries matching {@code filter}, under {@code heading} ("History of entretien-3.txt"). */
    public void show(HistoryFilter filter, String heading) {
        title.setText(heading);
        background.execute(() -> {
            List<ChangeEntry> entries;
            try {
                entries = project.read(tx -> tx.history().list(filter));
            } catch (RuntimeException e) {
                String problem = e.getMessage();
                Platform.runLater(() -> table.setPlaceholder(new Label(problem)));
                return;
            }
            Platform.runLater(() -> table.getItems().setAll(entries));
        });
    }
}
