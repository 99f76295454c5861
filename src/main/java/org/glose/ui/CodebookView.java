package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.ui.codebook.CodeCounts;
import org.glose.ui.codebook.CodebookEditing;

/**
 * The codebook as a tree: each code with its colour, name, number of coded passages and of documents; below, the
 * selected code's path and description, and the buttons to code the selected text with it or make a new code.
 * A passage dragged from the document onto a code is coded with it.
 */
final class CodebookView {

    /** One code as the tree shows it: its own counts, and the counts with its sub-codes. */
    record CodeRow(Code code, String path, int references, int documents, int allReferences, int allDocuments) {

        CodeRow(Code code, String path, int references, int documents) {
            this(code, path, references, documents, references, documents);
        }

        int shownReferences(boolean withSubcodes) {
            return withSubcodes ? allReferences : references;
        }

        int shownDocuments(boolean withSubcodes) {
            return withSubcodes ? allDocuments : documents;
        }
    }

    private final ProjectSession session;
    private final TreeView<CodeRow> tree = new TreeView<>(new TreeItem<>());
    private final Map<Long, TreeItem<CodeRow>> items = new HashMap<>();
    private final Label infoPath = new Label();
    private final Label infoText = new Label();
    private final Button codeButton = new Button(t("codebook.codeSelection"));
    private final Button newCodeButton = new Button(t("codebook.newCode"));
    private final VBox root;
    private Codebook codebook = new Codebook(List.of());
    private Consumer<Code> onCode = c -> { };
    private BiConsumer<PassageDrag.Passage, Code> onDrop = (p, c) -> { };
    private long reloads;
    private ObservableBooleanValue textSelected;
    private Long pendingSelection;
    private final TextField filter = new TextField();
    private final CheckBox withSubcodes = new CheckBox(t("codebook.withSubcodes"));
    private final ContextMenu menu = new ContextMenu();
    private CodeCounts model = CodeCounts.EMPTY;
    private String shapeFilter = "";
    private Consumer<Code> onRetrieve = c -> { };
    private Consumer<Code> onMemo = c -> { };
    private CodebookEditing editing;

    CodebookView(ProjectSession session) {
        this.session = session;
        tree.setId("codebook-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new CodeTreeCell(this));
        tree.setOnKeyPressed(e -> {
            Optional<Code> selected = selectedCode();
            if (selected.isEmpty()) {
                return;
            }
            boolean editingKey = e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2
                    || e.getCode() == KeyCode.DELETE;
            if (editingKey && session.refusedReadOnly()) {
                e.consume(); // a read-only project: the status bar says why nothing happens
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                onCode.accept(selected.get());
            } else if (e.getCode() == KeyCode.F2 && editing != null) {
                editing.rename(selected.get());
            } else if (e.getCode() == KeyCode.DELETE && editing != null) {
                editing.delete(selected.get());
            } else {
                return;
            }
            e.consume();
        });
        menu.setId("codebook-menu");
        menu.setOnShowing(e -> fillMenu());
        menu.getItems().add(new MenuItem("…")); // a ContextMenu without items refuses to show
        tree.setContextMenu(menu);
        filter.setId("codebook-filter");
        filter.setPromptText(t("codebook.filter"));
        filter.textProperty().addListener((o, was, now) -> apply(model));
        withSubcodes.setId("counts-with-subcodes");
        withSubcodes.setTooltip(new Tooltip(t("codebook.withSubcodes.tooltip")));
        withSubcodes.setOnAction(e -> reload()); // documents with sub-codes are counted only while asked
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showInfo());
        Label header = new Label(t("codebook.title"));
        header.getStyleClass().add("pane-title");
        header.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox headerBox = new HBox(8, header, filter);
        headerBox.getStyleClass().add("pane-header");
        withSubcodes.getStyleClass().add("counts-toggle");

        codeButton.setId("code-button");
        codeButton.setTooltip(new Tooltip(t("codebook.codeSelection.tooltip")));
        newCodeButton.setId("new-code-button");
        newCodeButton.disableProperty().bind(session.cannotChange());
        codeButton.setOnAction(e -> selectedCode().ifPresent(c -> onCode.accept(c)));
        codeButton.setMaxWidth(Double.MAX_VALUE);
        newCodeButton.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(codeButton, Priority.ALWAYS);
        HBox.setHgrow(newCodeButton, Priority.ALWAYS);
        HBox buttons = new HBox(6, codeButton, newCodeButton);
        buttons.getStyleClass().add("button-row");
        explainReadOnly(buttons);

        infoPath.getStyleClass().add("code-info-path");
        infoPath.setWrapText(true);
        infoText.getStyleClass().add("code-info-text");
        infoText.setWrapText(true);
        VBox info = new VBox(2, infoPath, infoText);
        info.getStyleClass().add("code-info");
        ScrollPane infoScroll = new ScrollPane(info);
        infoScroll.setFitToWidth(true);
        infoScroll.getStyleClass().add("code-info-scroll");
        infoScroll.setPrefViewportHeight(96);
        infoScroll.setMinViewportHeight(48);

        VBox.setVgrow(tree, Priority.ALWAYS);
        root = new VBox(headerBox, withSubcodes, tree, buttons, infoScroll);
        root.getStyleClass().add("codebook-view");
        showInfo();
    }

    Node root() {
        return root;
    }

    TreeView<CodeRow> tree() {
        return tree;
    }

    Codebook codebook() {
        return codebook;
    }

    /** Enables the Code button only while there is a selected passage to code, in a project that can change. */
    void setCanCode(ObservableBooleanValue textSelected) {
        this.textSelected = textSelected;
        codeButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !textSelected.get() || tree.getSelectionModel().getSelectedItem() == null
                        || session.isReadOnly(),
                textSelected, tree.getSelectionModel().selectedItemProperty(), session.readOnlyProperty()));
    }

    /**
     * On a read-only project the buttons' tooltips say that nothing can be changed; a disabled button shows no
     * tooltip of its own, so their row shows it too.
     */
    private void explainReadOnly(HBox buttons) {
        Tooltip codeTip = codeButton.getTooltip();
        Tooltip rowTip = new Tooltip(t("readOnly.refused"));
        Runnable show = () -> {
            boolean readOnly = session.isReadOnly();
            codeButton.setTooltip(readOnly ? new Tooltip(t("readOnly.refused")) : codeTip);
            newCodeButton.setTooltip(readOnly ? new Tooltip(t("readOnly.refused")) : null);
            if (readOnly) {
                Tooltip.install(buttons, rowTip);
            } else {
                Tooltip.uninstall(buttons, rowTip);
            }
        };
        session.readOnlyProperty().addListener((o, was, now) -> show.run());
        show.run();
    }

    /** True while the open project is read-only: codes can be read and retrieved, not changed or applied. */
    boolean readOnly() {
        return session.isReadOnly();
    }

    /** What "Retrieve passages" does with a code. */
    void setOnRetrieve(Consumer<Code> action) {
        this.onRetrieve = action;
    }

    /** What "Write memo…" does with a code. */
    void setOnMemo(Consumer<Code> action) {
        this.onMemo = action;
    }

    void setEditing(CodebookEditing editing) {
        this.editing = editing;
    }

    CodebookEditing editing() {
        return editing;
    }

    boolean countsWithSubcodes() {
        return withSubcodes.isSelected();
    }

    /** The "Counts include sub-codes" setting, which the Codes tab follows too. */
    javafx.beans.value.ObservableBooleanValue countsWithSubcodesSetting() {
        return withSubcodes.selectedProperty();
    }

    /** The codings of a code and its sub-codes, as last counted. */
    int codingsWithSubcodes(long codeId) {
        return model.allReferences().getOrDefault(codeId, 0);
    }

    void setOnCode(Consumer<Code> action) {
        this.onCode = action;
    }

    void setOnDrop(BiConsumer<PassageDrag.Passage, Code> action) {
        this.onDrop = action;
    }

    void setOnNewCode(Runnable action) {
        newCodeButton.setOnAction(e -> action.run());
    }

    /** True when a passage is selected in the document, so that a double click on a code codes it. */
    boolean textSelected() {
        return textSelected != null && textSelected.get();
    }

    Consumer<Code> onCode() {
        return onCode;
    }

    BiConsumer<PassageDrag.Passage, Code> onDrop() {
        return onDrop;
    }

    Optional<Code> selectedCode() {
        TreeItem<CodeRow> item = tree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue() == null ? Optional.empty() : Optional.of(item.getValue().code());
    }

    void select(long codeId) {
        TreeItem<CodeRow> item = items.get(codeId);
        if (item != null) {
            tree.getSelectionModel().select(item);
            tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
        }
    }

    /** Selects a code as soon as the tree shows it (a code just made appears after the next reload). */
    void selectWhenShown(long codeId) {
        if (items.containsKey(codeId)) {
            select(codeId);
        } else {
            pendingSelection = codeId;
        }
    }

    /** The row shown for a code, with its counts. */
    Optional<CodeRow> row(long codeId) {
        TreeItem<CodeRow> item = items.get(codeId);
        return item == null ? Optional.empty() : Optional.ofNullable(item.getValue());
    }

    /** Reads the codebook and its counts again, off the FX thread. */
    void reload() {
        long ticket = ++reloads;
        if (session.project() == null) {
            apply(CodeCounts.EMPTY);
            return;
        }
        boolean subcodeDocuments = withSubcodes.isSelected();
        session.read(tx -> CodeCounts.read(tx, subcodeDocuments), fresh -> {
            if (ticket == reloads) {
                apply(fresh);
            }
        });
    }

    private void apply(CodeCounts fresh) {
        model = fresh;
        codebook = fresh.codebook();
        String words = filter.getText() == null ? "" : filter.getText().strip();
        List<Code> codes = visible(fresh.codebook(), words);
        if (!words.equals(shapeFilter) || !sameShape(codes)) {
            rebuild(codes);
            shapeFilter = words;
            if (!words.isEmpty()) {
                items.values().forEach(i -> i.setExpanded(true));
            }
        }
        for (Code c : codes) {
            items.get(c.id()).setValue(new CodeRow(c, fresh.codebook().pathOf(c.id()),
                    fresh.references().getOrDefault(c.id(), 0), fresh.documents().getOrDefault(c.id(), 0),
                    fresh.allReferences().getOrDefault(c.id(), 0), fresh.allDocuments().getOrDefault(c.id(), 0)));
        }
        if (pendingSelection != null && items.containsKey(pendingSelection)) {
            select(pendingSelection);
            pendingSelection = null;
        }
        showInfo();
    }

    /** True when the tree already has these codes under the same parents in the same order. */
    private boolean sameShape(List<Code> codes) {
        if (codes.size() != items.size()) {
            return false;
        }
        List<TreeItem<CodeRow>> shown = new ArrayList<>();
        collect(tree.getRoot(), shown);
        for (int i = 0; i < codes.size(); i++) {
            CodeRow row = shown.get(i).getValue();
            TreeItem<CodeRow> parent = shown.get(i).getParent();
            Long parentId = parent == tree.getRoot() ? null : parent.getValue().code().id();
            if (row == null || row.code().id() != codes.get(i).id()
                    || !java.util.Objects.equals(parentId, codes.get(i).parentId())) {
                return false;
            }
        }
        return true;
    }

    /** The codes the filter keeps, with their ancestors so that each keeps its place; all without a filter. */
    static List<Code> visible(Codebook book, String words) {
        if (words.isEmpty()) {
            return book.depthFirst();
        }
        Set<Long> keep = new HashSet<>();
        for (Code c : CodeChoices.matching(book, words)) {
            for (Long id = c.id(); id != null; id = book.byId(id).map(Code::parentId).orElse(null)) {
                keep.add(id);
            }
        }
        return book.depthFirst().stream().filter(c -> keep.contains(c.id())).toList();
    }

    private void fillMenu() {
        Optional<Code> selected = selectedCode();
        menu.getItems().clear();
        if (selected.isEmpty() || editing == null) {
            MenuItem none = new MenuItem(t("codebook.menu.selectFirst"));
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        Code c = selected.get();
        boolean readOnly = session.isReadOnly();
        MenuItem code = item(t("codebook.menu.code", c.name()), () -> onCode.accept(c));
        code.setDisable(!textSelected() || readOnly);
        MenuItem moveTop = item(t("codebook.menu.moveTop"), () -> editing.move(c, null));
        moveTop.setDisable(c.parentId() == null || readOnly);
        MenuItem retrieve = item(t("codebook.menu.retrieve"), () -> onRetrieve.accept(c));
        retrieve.setId("codebook-retrieve");
        List<MenuItem> changing = List.of(item(t("codebook.menu.memo"), () -> onMemo.accept(c)),
                item(t("codebook.menu.rename"), () -> editing.rename(c)),
                item(t("codebook.menu.colour"), () -> editing.recolour(c)),
                item(t("codebook.menu.describe"), () -> editing.describe(c)),
                item(t("codebook.menu.merge"), () -> editing.merge(c)),
                item(t("codebook.menu.delete"), () -> editing.delete(c)));
        changing.forEach(i -> i.setDisable(readOnly));
        menu.getItems().setAll(code, retrieve, changing.get(0), new SeparatorMenuItem(), changing.get(1),
                changing.get(2), changing.get(3), new SeparatorMenuItem(), moveTop, changing.get(4),
                changing.get(5));
        if (readOnly) {
            MenuItem note = new MenuItem(t("readOnly.refused"));
            note.setId("codebook-read-only-note");
            note.setDisable(true);
            menu.getItems().addAll(0, List.of(note, new SeparatorMenuItem()));
        }
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setMnemonicParsing(false);
        i.setOnAction(e -> action.run());
        return i;
    }

    private static void collect(TreeItem<CodeRow> item, List<TreeItem<CodeRow>> out) {
        for (TreeItem<CodeRow> child : item.getChildren()) {
            out.add(child);
            collect(child, out);
        }
    }

    private void rebuild(List<Code> codes) {
        Set<Long> collapsed = new HashSet<>();
        items.forEach((id, item) -> {
            if (!item.isExpanded()) {
                collapsed.add(id);
            }
        });
        Long selected = selectedCode().map(Code::id).orElse(null);
        items.clear();
        TreeItem<CodeRow> top = new TreeItem<>();
        for (Code c : codes) { // depth-first: a parent comes before its children
            TreeItem<CodeRow> item = new TreeItem<>();
            item.setExpanded(!collapsed.contains(c.id()));
            items.put(c.id(), item);
            TreeItem<CodeRow> parent = c.parentId() == null ? top : items.getOrDefault(c.parentId(), top);
            parent.getChildren().add(item);
        }
        tree.setRoot(top);
        if (selected != null && items.containsKey(selected)) {
            tree.getSelectionModel().select(items.get(selected));
        }
    }

    private void showInfo() {
        Optional<CodeRow> row = Optional.ofNullable(tree.getSelectionModel().getSelectedItem())
                .map(TreeItem::getValue);
        if (row.isEmpty()) {
            infoPath.setText(codebook.size() == 0 ? t("codebook.info.noCodes") : t("codebook.info.noneSelected"));
            infoText.setText(codebook.size() == 0 ? t("codebook.info.makeOne") : t("codebook.info.selectOne"));
            return;
        }
        CodeRow r = row.get();
        infoPath.setText(r.path());
        infoText.setText(describe(r.code()) + CodeTreeCell.countSentence(r, countsWithSubcodes()));
    }

    /** The code's definition and criteria as the info box shows them. */
    static String describe(Code code) {
        var d = code.details();
        StringBuilder out = new StringBuilder(d.description() == null ? t("codebook.info.noDescription")
                : d.description());
        if (d.inclusion() != null) {
            out.append("\n").append(t("codebook.info.useWhen", d.inclusion()));
        }
        if (d.exclusion() != null) {
            out.append("\n").append(t("codebook.info.doNotUseWhen", d.exclusion()));
        }
        if (d.example() != null) {
            out.append("\n").append(t("codebook.info.example", d.example()));
        }
        return out.append("\n").toString();
    }

    static Region swatch(String colour) {
        Region swatch = new Region();
        swatch.getStyleClass().add("code-swatch");
        swatch.setStyle("-fx-background-color: " + colour + ";");
        swatch.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return swatch;
    }
}
