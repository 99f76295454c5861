package org.glose.ui.codes;

import static org.glose.ui.i18n.I18n.t;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.ui.edit.WorkbenchSession;
import org.glose.ui.i18n.I18n;

/**
 * The Codes tab of the left navigation, Glose's code manager (NVivo's Codes list, ATLAS.ti's Code Manager,
 * MAXQDA's code overview): every code in the codebook's hierarchy with its colour, its coded passages, the
 * documents and coders they come from, the first line of its definition and the day it last coded a passage;
 * sortable by each column, filtered as the codebook is (accents and case ignored). Counts follow the codebook's
 * "Counts include sub-codes" setting. Enter or a double-click retrieves a code's passages; the context menu also
 * writes a memo about the code or copies the list as tab-separated text. Editing codes stays in the codebook.
 * The counts are read off the FX thread, when the tab is shown and again after every change while it is.
 */
public final class CodesView {

    /** What the window does with a code of the list. */
    public interface Actions {
        /** Shows the code's coded passages in the retrieval pane. */
        void retrieve(Code code);

        /** Writes a memo about the code. */
        void memo(Code code);
    }

    /** One row: a code with its path, its use as shown (with or without sub-codes) and its definition's first line. */
    public record CodeLine(Code code, String path, CodeUse.Tally use, String definition) {

        /** The day (in this computer's time zone) the code last coded a passage; null when it codes none. */
        public LocalDate lastCoded() {
            return use.lastCoded() == null ? null : LocalDate.ofInstant(use.lastCoded(), ZoneId.systemDefault());
        }
    }

    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final WorkbenchSession session;
    private final BiFunction<Codebook, String, List<Code>> filtering;
    private final ObservableBooleanValue withSubcodes;
    private final ObservableBooleanValue shown;
    private final Actions actions;
    private final TextField filter = new TextField();
    private final TreeTableView<CodeLine> table = new TreeTableView<>(new TreeItem<>());
    private final Label summary = new Label();
    private final Label placeholder = new Label();
    private final ContextMenu menu = new ContextMenu();
    private final List<TreeTableColumn<CodeLine, ?>> columns = new ArrayList<>();
    private final Map<Long, TreeItem<CodeLine>> items = new HashMap<>();
    private final VBox root;
    private ObservableBooleanValue readOnly;
    private CodeUse use = CodeUse.EMPTY;
    private boolean stale = true;
    private long reloads;

    /**
     * @param filtering    the codes a filter text keeps, with their ancestors (the codebook's own filter)
     * @param withSubcodes the codebook's "Counts include sub-codes" setting
     * @param shown        true while the tab is shown: the counts are read only then
     */
    public CodesView(WorkbenchSession session, BiFunction<Codebook, String, List<Code>> filtering,
                     ObservableBooleanValue withSubcodes, ObservableBooleanValue shown, Actions actions) {
        this.session = session;
        this.filtering = filtering;
        this.withSubcodes = withSubcodes;
        this.shown = shown;
        this.actions = actions;
        filter.setId("codes-filter");
        filter.setPromptText(t("codebook.filter"));
        filter.textProperty().addListener((o, was, now) -> show());
        withSubcodes.addListener((o, was, now) -> show());

        table.setId("codes-table");
        table.setShowRoot(false);
        table.setTableMenuButtonVisible(true); // columns can be hidden in a narrow pane
        TreeTableColumn<CodeLine, CodeLine> name = column("codes-column-code", t("codesTab.column.code"),
                line -> line);
        Collator collator = Collator.getInstance(I18n.locale());
        name.setComparator((a, b) -> collator.compare(a.code().name(), b.code().name()));
        name.setCellFactory(c -> new NameCell());
        name.setPrefWidth(190);
        TreeTableColumn<CodeLine, String> definition = column("codes-column-definition",
                t("codesTab.column.definition"), CodeLine::definition);
        definition.setPrefWidth(220);
        TreeTableColumn<CodeLine, LocalDate> last = column("codes-column-last", t("codesTab.column.lastCoded"),
                CodeLine::lastCoded);
        last.setCellFactory(c -> new DayCell());
        last.setPrefWidth(110);
        columns.addAll(List.of(name, count("codes-column-passages", t("codesTab.column.passages"), CodeUse.Tally::passages),
                count("codes-column-documents", t("codesTab.column.documents"), CodeUse.Tally::documents),
                count("codes-column-coders", t("codesTab.column.coders"), CodeUse.Tally::coders), definition, last));
        table.getColumns().setAll(columns);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder");
        table.setPlaceholder(placeholder);
        table.setRowFactory(t -> {
            TreeTableRow<CodeLine> row = new TreeTableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    actions.retrieve(row.getItem().code());
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selected().ifPresent(line -> actions.retrieve(line.code()));
                e.consume();
            }
        });
        menu.setId("codes-menu");
        menu.getItems().add(new MenuItem("…")); // a ContextMenu without items refuses to show
        menu.setOnShowing(e -> fillMenu());
        table.setContextMenu(menu);

        summary.setId("codes-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("codes-summary");
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox top = new HBox(6, filter);
        top.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, top, table, summary);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setId("codes-view");
        root.getStyleClass().add("codes-view");

        session.onChange(label -> changed());
        session.onProjectSwitch(() -> {
            use = CodeUse.EMPTY;
            show();
            changed();
        });
        shown.addListener((o, was, now) -> {
            if (now && stale) {
                reload();
            }
        });
        show();
    }

    public Node root() {
        return root;
    }

    public TreeTableView<CodeLine> table() {
        return table;
    }

    /** Disables what would change a read-only project (writing a memo). */
    public void setReadOnly(ObservableBooleanValue readOnly) {
        this.readOnly = readOnly;
    }

    /** Reads the counts again, off the FX thread, and shows them. */
    public void reload() {
        long ticket = ++reloads;
        stale = false;
        if (!session.hasProject()) {
            use = CodeUse.EMPTY;
            show();
            return;
        }
        session.read(CodeUse::read, fresh -> {
            if (ticket == reloads) {
                use = fresh;
                show();
            }
        });
    }

    /** The rows in the order shown, sub-codes under their code whether expanded or not. */
    public List<CodeLine> lines() {
        List<CodeLine> out = new ArrayList<>();
        collect(table.getRoot(), out);
        return out;
    }

    /** The list as shown, as tab-separated text with a header line (the code's path, dates as yyyy-mm-dd). */
    public String asTabSeparated() {
        StringBuilder out = new StringBuilder();
        out.append(String.join("\t", t("codesTab.column.code"), t("codesTab.column.passages"),
                t("codesTab.column.documents"), t("codesTab.column.coders"), t("codesTab.column.definition"),
                t("codesTab.column.lastCoded"))).append('\n');
        for (CodeLine line : lines()) {
            CodeUse.Tally u = line.use();
            out.append(String.join("\t", cleaned(line.path()), Integer.toString(u.passages()),
                    Integer.toString(u.documents()), Integer.toString(u.coders()), cleaned(line.definition()),
                    line.lastCoded() == null ? "" : ISO_DAY.format(line.lastCoded()))).append('\n');
        }
        return out.toString();
    }

    private void changed() {
        if (shown.get()) {
            reload();
        } else {
            stale = true;
        }
    }

    private void show() {
        boolean sub = withSubcodes.get();
        Codebook book = use.codebook();
        String words = filter.getText() == null ? "" : filter.getText().strip();
        List<Code> kept = words.isEmpty() ? book.depthFirst() : filtering.apply(book, words);
        Set<Long> collapsed = new HashSet<>();
        items.forEach((id, item) -> {
            if (!item.isExpanded() && !item.isLeaf()) {
                collapsed.add(id);
            }
        });
        Long selected = selected().map(line -> line.code().id()).orElse(null);
        items.clear();
        TreeItem<CodeLine> top = new TreeItem<>();
        for (Code c : kept) { // depth-first: a parent comes before its children
            TreeItem<CodeLine> item = new TreeItem<>(new CodeLine(c, book.pathOf(c.id()), use.of(c.id(), sub),
                    firstLine(c.description())));
            item.setExpanded(!words.isEmpty() || !collapsed.contains(c.id()));
            items.put(c.id(), item);
            (c.parentId() == null ? top : items.getOrDefault(c.parentId(), top)).getChildren().add(item);
        }
        table.setRoot(top);
        table.sort();
        if (selected != null && items.containsKey(selected)) {
            table.getSelectionModel().select(items.get(selected));
        }
        placeholder.setText(book.size() == 0 ? t("codesTab.empty") : t("codesTab.noMatch", words));
        summary.setText(summary(kept.size(), book.size(), sub));
    }

    private static String summary(int shownCodes, int allCodes, boolean sub) {
        if (shownCodes == allCodes) {
            return sub ? I18n.plural(allCodes, "codesTab.summary.one.withSubcodes", "codesTab.summary.withSubcodes")
                    : I18n.plural(allCodes, "codesTab.summary.one.own", "codesTab.summary.own");
        }
        return sub ? t("codesTab.summary.filtered.withSubcodes", shownCodes, allCodes)
                : t("codesTab.summary.filtered.own", shownCodes, allCodes);
    }

    private Optional<CodeLine> selected() {
        TreeItem<CodeLine> item = table.getSelectionModel().getSelectedItem();
        return item == null ? Optional.empty() : Optional.ofNullable(item.getValue());
    }

    private void fillMenu() {
        Optional<CodeLine> line = selected();
        MenuItem retrieve = new MenuItem(t("codebook.menu.retrieve"));
        retrieve.setId("codes-retrieve");
        MenuItem memo = new MenuItem(t("codebook.menu.memo"));
        memo.setId("codes-memo");
        line.ifPresent(l -> {
            retrieve.setOnAction(e -> actions.retrieve(l.code()));
            memo.setOnAction(e -> actions.memo(l.code()));
        });
        retrieve.setDisable(line.isEmpty());
        memo.setDisable(line.isEmpty() || readOnly != null && readOnly.get());
        MenuItem copy = new MenuItem(t("codesTab.menu.copy"));
        copy.setId("codes-copy");
        copy.setDisable(items.isEmpty());
        copy.setOnAction(e -> copyList());
        menu.getItems().setAll(retrieve, memo, new SeparatorMenuItem(), copy);
    }

    private void copyList() {
        ClipboardContent content = new ClipboardContent();
        content.putString(asTabSeparated());
        Clipboard.getSystemClipboard().setContent(content);
        session.announce(I18n.plural(items.size(), "codesTab.copied.one", "codesTab.copied"));
    }

    private <T> TreeTableColumn<CodeLine, T> column(String id, String title, Function<CodeLine, T> value) {
        TreeTableColumn<CodeLine, T> column = new TreeTableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue() == null
                || f.getValue().getValue() == null ? null : value.apply(f.getValue().getValue())));
        return column;
    }

    private TreeTableColumn<CodeLine, Integer> count(String id, String title, ToIntFunction<CodeUse.Tally> value) {
        TreeTableColumn<CodeLine, Integer> column = column(id, title, line -> value.applyAsInt(line.use()));
        column.getStyleClass().add("number-column");
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setPrefWidth(80);
        return column;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().lines().findFirst().orElse("").strip();
    }

    private static String cleaned(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static void collect(TreeItem<CodeLine> item, List<CodeLine> out) {
        for (TreeItem<CodeLine> child : item.getChildren()) {
            out.add(child.getValue());
            collect(child, out);
        }
    }

    /** The code's colour and name. */
    private static final class NameCell extends TreeTableCell<CodeLine, CodeLine> {
        private final Region swatch = new Region();
        private final Label name = new Label();
        private final HBox box = new HBox(6, swatch, name);

        NameCell() {
            swatch.getStyleClass().add("code-swatch");
            swatch.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            name.getStyleClass().add("codes-tab-name");
            name.setMnemonicParsing(false);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(CodeLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
            } else {
                swatch.setStyle("-fx-background-color: " + line.code().colour() + ";");
                name.setText(line.code().name());
                setGraphic(box);
            }
            setText(null);
        }
    }

    /** A day in the window's language. */
    private static final class DayCell extends TreeTableCell<CodeLine, LocalDate> {
        private final DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(I18n.locale());

        @Override
        protected void updateItem(LocalDate item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : day.format(item));
        }
    }
}
