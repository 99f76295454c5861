package org.glose.ui.memo;

import static org.glose.ui.i18n.I18n.t;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glose.core.memo.EditMemo;
import org.glose.core.memo.WriteMemo;
import org.glose.core.model.Code;
import org.glose.core.model.Coder;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.project.Tx;
import org.glose.core.review.DeleteComment;
import org.glose.ui.work.ThreeLineCell;
import org.glose.ui.edit.LabelledCommand;
import org.glose.ui.edit.WorkbenchSession;

/**
 * The project's memos in the left navigation: project, document and code memos, memos on codings and
 * annotations on passages, searchable; the selected one is edited below (Save is one undoable action) and an
 * annotation or document memo opens its document at its passage.
 */
public final class MemosView {

    /** How the window opens what a memo is about. */
    @FunctionalInterface
    public interface Opener {
        void open(Memo memo);
    }

    private final WorkbenchSession session;
    private final Supplier<Window> owner;
    private final Supplier<Document> shownDocument;
    private final Opener opener;
    private final TextField filter = new TextField();
    private final ListView<MemoRow> list = new ListView<>();
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final Button save = new Button(t("memo.save"));
    private final Button delete = new Button(t("memo.delete"));
    private final Button open = new Button(t("memo.open"));
    private final Label about = new Label();
    private final VBox root;
    private List<MemoRow> all = List.of();
    private long reloads;
    private Long pendingSelection;
    private long shownMemoId = -1;
    private final HBox newMemoButtons;
    private javafx.beans.value.ObservableBooleanValue readOnly = new javafx.beans.property.SimpleBooleanProperty();

    public MemosView(WorkbenchSession session, Supplier<Window> owner, Supplier<Document> shownDocument,
                     Opener opener) {
        this.session = session;
        this.owner = owner;
        this.shownDocument = shownDocument;
        this.opener = opener;
        filter.setId("memo-filter");
        filter.setPromptText(t("memo.filter"));
        filter.textProperty().addListener((o, was, now) -> showList());
        Button projectMemo = new Button(t("memo.project"));
        projectMemo.setTooltip(new Tooltip(t("memo.project.tooltip")));
        projectMemo.setOnAction(e -> write(null, t("memo.project.about"), WriteMemo::aboutProject));
        Button documentMemo = new Button(t("memo.document"));
        documentMemo.setTooltip(new Tooltip(t("memo.document.tooltip")));
        documentMemo.setOnAction(e -> {
            Document d = shownDocument.get();
            if (d == null) {
                session.announce(t("memo.document.openFirst"));
            } else {
                write(null, t("memo.document.about", d.name()),
                        (t, x, a) -> WriteMemo.aboutDocument(d.id(), t, x, a));
            }
        });
        HBox buttons = new HBox(6, projectMemo, documentMemo);
        newMemoButtons = buttons;
        list.setId("memo-list");
        list.setCellFactory(l -> new ThreeLineCell<MemoRow>("memo", row -> new ThreeLineCell.Lines(row.memo().title(),
                row.about(), row.memo().text().replaceAll("\\s+", " "), null)));
        Label placeholder = new Label(t("memo.empty"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder");
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (was != null && shownMemoId == was.memo().id() && (now == null || now.memo().id() != shownMemoId)
                    && !text.getText().isBlank()) {
                saveIfChanged(was); // leaving a memo keeps what was typed in it
            }
            showSelected();
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });

        title.setId("memo-title");
        title.setPromptText(t("memo.titlePrompt"));
        text.setId("memo-text");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        about.getStyleClass().add("memo-about");
        about.setWrapText(true);
        save.setId("memo-save");
        save.setOnAction(e -> saveSelected());
        delete.setOnAction(e -> deleteSelected());
        open.setTooltip(new Tooltip(t("memo.open.tooltip")));
        open.setOnAction(e -> openSelected());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox editButtons = new HBox(6, open, gap, delete, save);
        editButtons.setAlignment(Pos.CENTER_LEFT);
        VBox editor = new VBox(6, about, title, text, editButtons);
        VBox.setVgrow(text, Priority.ALWAYS);
        editor.getStyleClass().add("memo-editor");
        VBox top = new VBox(6, filter, buttons, list);
        top.getStyleClass().add("memo-top");
        VBox.setVgrow(list, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, editor);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(split);
        root.setId("memos-view");
        root.getStyleClass().add("memos-view");
        session.onChange(label -> reload());
        session.onProjectSwitch(this::reload);
        showSelected();
    }

    public Node root() {
        return root;
    }

    /**
     * While {@code readOnly} is true (a read-only project) memos can be read, searched and opened, not written,
     * edited or deleted: the buttons that change them are disabled and say why, the text cannot be typed in.
     */
    public void setReadOnly(javafx.beans.value.ObservableBooleanValue readOnly) {
        this.readOnly = readOnly;
        Tooltip why = new Tooltip(t("readOnly.refused"));
        newMemoButtons.getChildren().forEach(b -> b.disableProperty().bind(readOnly));
        Runnable show = () -> {
            if (readOnly.get()) {
                Tooltip.install(newMemoButtons, why);
            } else {
                Tooltip.uninstall(newMemoButtons, why);
            }
            showSelected();
        };
        readOnly.addListener((o, was, now) -> show.run());
        show.run();
    }

    public ListView<MemoRow> list() {
        return list;
    }

    /** Words to a memo command, once the author is known. */
    @FunctionalInterface
    public interface Writer {
        WriteMemo write(String title, String text, String author);
    }

    /** Asks for a memo's words and writes it; the new memo is then selected in the list. */
    public void write(String heading, String aboutWhat, Writer writer) {
        if (!session.hasProject()) {
            return;
        }
        if (readOnly.get()) {
            session.announce(t("readOnly.refused"));
            return;
        }
        MemoDialog.ask(owner.get(), aboutWhat).ifPresent(words -> {
            String author;
            try {
                author = session.coder();
            } catch (RuntimeException e) {
                session.announce(e.getMessage());
                return;
            }
            WriteMemo command = writer.write(heading != null && words.title().isBlank() ? heading : words.title(),
                    words.text(), author);
            session.execute(command, memo -> pendingSelection = memo.id());
        });
    }

    public void reload() {
        long ticket = ++reloads;
        if (!session.hasProject()) {
            all = List.of();
            showList();
            return;
        }
        session.read(MemosView::rows, rows -> {
            if (ticket == reloads) {
                all = rows;
                showList();
            }
        });
    }

    static List<MemoRow> rows(Tx tx) {
        Map<Long, String> documents = new HashMap<>();
        tx.documents().list().forEach(d -> documents.put(d.id(), d.name()));
        var book = tx.codes().codebook();
        Map<Long, String> coders = new HashMap<>();
        for (Coder c : tx.coders().list()) {
            coders.put(c.id(), c.name());
        }
        List<MemoRow> rows = new ArrayList<>();
        for (Memo m : tx.memos().list()) {
            String about;
            if (m.codingId() != null) {
                Coding c = tx.codings().byId(m.codingId()).orElse(null);
                about = c == null ? t("memo.about.aCoding") : t("memo.about.coding",
                        book.byId(c.codeId()).map(Code::name).orElse("?"), documents.getOrDefault(c.documentId(), "?"));
            } else if (m.codeId() != null) {
                about = t("memo.about.code", book.pathOf(m.codeId()));
            } else if (m.documentId() != null && m.passage() != null) {
                about = t("memo.about.passage", documents.getOrDefault(m.documentId(), "?"));
            } else if (m.documentId() != null) {
                about = t("memo.about.document", documents.getOrDefault(m.documentId(), "?"));
            } else {
                about = t("memo.about.project");
            }
            rows.add(new MemoRow(m, about, m.coderId() == null ? "" : coders.getOrDefault(m.coderId(), "")));
        }
        rows.sort(Comparator.comparing((MemoRow r) -> r.memo().updatedAt()).reversed());
        return rows;
    }

    private void showList() {
        Long selected = pendingSelection != null ? pendingSelection
                : list.getSelectionModel().getSelectedItem() == null ? null
                : list.getSelectionModel().getSelectedItem().memo().id();
        String words = filter.getText() == null ? "" : filter.getText();
        list.getItems().setAll(all.stream().filter(r -> r.matches(words)).toList());
        if (selected != null) {
            list.getItems().stream().filter(r -> r.memo().id() == selected).findFirst().ifPresent(r -> {
                list.getSelectionModel().select(r);
                list.scrollTo(r);
                pendingSelection = null;
            });
        }
        showSelected();
    }

    private void showSelected() {
        MemoRow row = list.getSelectionModel().getSelectedItem();
        boolean none = row == null;
        title.setDisable(none);
        text.setDisable(none);
        title.setEditable(!readOnly.get());
        text.setEditable(!readOnly.get());
        save.setDisable(none || readOnly.get());
        delete.setDisable(none || readOnly.get());
        save.setTooltip(readOnly.get() ? new Tooltip(t("readOnly.refused")) : null);
        delete.setTooltip(readOnly.get() ? new Tooltip(t("readOnly.refused")) : null);
        open.setDisable(none || row.memo().documentId() == null && row.memo().codingId() == null);
        if (none) {
            about.setText(t("memo.selectOne"));
            shownMemoId = -1;
            title.clear();
            text.clear();
            return;
        }
        about.setText(row.author().isEmpty() ? row.about() : t("memo.aboutBy", row.about(), row.author()));
        if (row.memo().id() != shownMemoId) { // a reload of the same memo keeps what is being typed
            shownMemoId = row.memo().id();
            title.setText(row.memo().title());
            text.setText(row.memo().text());
        }
    }

    private void saveSelected() {
        MemoRow row = list.getSelectionModel().getSelectedItem();
        if (row != null && !saveIfChanged(row)) {
            session.announce(t("memo.unchanged"));
        }
    }

    private boolean saveIfChanged(MemoRow row) {
        if (readOnly.get()) {
            return false;
        }
        if (row.memo().title().equals(title.getText()) && row.memo().text().equals(text.getText())) {
            return false;
        }
        session.execute(new EditMemo(row.memo().id(), title.getText(), text.getText()), m -> { });
        return true;
    }

    private void deleteSelected() {
        MemoRow row = list.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, t("memo.delete.undo"), ButtonType.OK,
                ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setHeaderText(t("memo.delete.confirm", row.memo().title()));
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> session.execute(
                new LabelledCommand<>(t("memo.label.delete", row.memo().title()),
                        new DeleteComment(row.memo().id())), m -> { }));
    }

    private void openSelected() {
        MemoRow row = list.getSelectionModel().getSelectedItem();
        if (row != null) {
            opener.open(row.memo());
        }
    }

    /** Selects a memo (after a click on its mark in the margin), clearing a filter that hides it. */
    public void select(long memoId) {
        if (all.stream().noneMatch(r -> r.memo().id() == memoId)) {
            return;
        }
        if (list.getItems().stream().noneMatch(r -> r.memo().id() == memoId)) {
            filter.clear();
        }
        list.getItems().stream().filter(r -> r.memo().id() == memoId).findFirst().ifPresent(r -> {
            list.getSelectionModel().select(r);
            list.scrollTo(r);
        });
    }
}
