package org.glose.ui.retrieval;

import static org.glose.ui.i18n.I18n.plural;
import static org.glose.ui.i18n.I18n.t;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.project.InvalidInputException;
import org.glose.core.retrieval.Retrieval;
import org.glose.core.retrieval.RetrievalSpec;
import org.glose.core.retrieval.RetrievalTable;
import org.glose.core.retrieval.RetrievedPassage;
import org.glose.ui.edit.WorkbenchSession;

/**
 * The coded passages of one or several codes (OR / AND, with or without sub-codes), docked below the document:
 * document, page, codes and the passage in its context. A click or Enter opens the passage in its document; the
 * list can be copied (tab-separated) or saved as CSV. Retrieval runs off the FX thread.
 */
public final class RetrievalPane {

    /** How the window opens a passage. */
    @FunctionalInterface
    public interface Opener {
        void open(RetrievedPassage passage);
    }

    /** About four lines of passage in context per row. */
    private static final double ROW_HEIGHT = 74;

    private final WorkbenchSession session;
    private final Supplier<Codebook> codebook;
    private final Function<Codebook, Optional<Code>> picker;
    private final Opener opener;
    private final Supplier<Window> owner;
    private final List<Code> codes = new ArrayList<>();
    private final FlowPane chips = new FlowPane(6, 4);
    private final ComboBox<String> mode = new ComboBox<>();
    private final CheckBox subcodes = new CheckBox(t("retrieval.subcodes"));
    private final Label count = new Label();
    private final TableView<RetrievedPassage> table = new TableView<>();
    private final Label placeholder = new Label(t("retrieval.chooseCode"));
    private final BorderPane root = new BorderPane();
    private final ReadOnlyObjectWrapper<List<RetrievedPassage>> shown = new ReadOnlyObjectWrapper<>(List.of());
    private Consumer<Boolean> onVisible = v -> { };
    private long runs;

    public RetrievalPane(WorkbenchSession session, Supplier<Codebook> codebook,
                         Function<Codebook, Optional<Code>> picker, Opener opener, Supplier<Window> owner) {
        this.session = session;
        this.codebook = codebook;
        this.picker = picker;
        this.opener = opener;
        this.owner = owner;
        root.setId("retrieval-pane");
        root.getStyleClass().add("retrieval-pane");

        Label title = new Label(t("retrieval.title"));
        title.getStyleClass().add("pane-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button add = button(t("retrieval.add"), t("retrieval.add.tip"), this::addCode);
        add.setId("retrieval-add");
        mode.getItems().setAll(t("retrieval.mode.any"), t("retrieval.mode.all"));
        mode.getSelectionModel().select(0);
        mode.setMinWidth(Region.USE_PREF_SIZE);
        mode.setTooltip(new Tooltip(t("retrieval.mode.tip")));
        mode.valueProperty().addListener((o, was, now) -> run());
        subcodes.setOnAction(e -> run());
        subcodes.setMinWidth(Region.USE_PREF_SIZE);
        subcodes.setTooltip(new Tooltip(t("retrieval.subcodes.tip")));
        Button copy = button(t("retrieval.copy"), t("retrieval.copy.tip"), this::copy);
        Button export = button(t("retrieval.export"), t("retrieval.export.tip"), this::export);
        Button close = button(t("retrieval.close"), t("retrieval.close.tip"), () -> onVisible.accept(false));
        count.getStyleClass().add("retrieval-count");
        count.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, title, count, gap, copy, export, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pane-header");
        Label of = new Label(t("retrieval.of"));
        of.setMinWidth(Region.USE_PREF_SIZE);
        HBox options = new HBox(8, add, of, mode, subcodes);
        options.setAlignment(Pos.CENTER_LEFT);
        chips.getStyleClass().add("retrieval-chips");
        HBox.setHgrow(chips, Priority.ALWAYS);
        options.getChildren().add(chips);
        options.getStyleClass().add("retrieval-options");
        bar.setMinWidth(0); // long code names wrap or shorten: they never push the side panes aside
        options.setMinWidth(0);
        chips.setMinWidth(0);
        root.setMinWidth(0);
        root.setTop(new VBox(bar, options));

        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder");
        table.setPlaceholder(placeholder);
        table.setId("retrieval-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ROW_HEIGHT); // rows of the same height: fast scrolling through thousands
        table.getColumns().setAll(List.of(column(t("retrieval.column.document"), 150, p -> p.documentName()),
                column(t("retrieval.column.page"), 52, p -> p.page() == null ? "" : p.page().toString()),
                column(t("retrieval.column.codes"), 140, p -> String.join(", ", p.codes())), passageColumn()));
        table.setOnMouseClicked(e -> openSelected());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        root.setCenter(table);
        session.onProjectSwitch(() -> {
            codes.clear();
            showChips();
            show(List.of(), "");
        });
        session.onChange(label -> {
            if (!codes.isEmpty()) {
                run();
            }
        });
        showChips();
    }

    public Node root() {
        return root;
    }

    public TableView<RetrievedPassage> table() {
        return table;
    }

    /** Called with true when the pane asks to be shown, false when closed. */
    public void setOnVisible(Consumer<Boolean> onVisible) {
        this.onVisible = onVisible;
    }

    /** Retrieves the passages of one code (replacing the codes chosen before). */
    public void retrieve(Code code) {
        codes.clear();
        codes.add(code);
        showChips();
        onVisible.accept(true);
        run();
    }

    public List<Code> codes() {
        return List.copyOf(codes);
    }

    /** ANY or ALL, as the mode box says. */
    public void setMode(RetrievalSpec.Mode m) {
        mode.getSelectionModel().select(m == RetrievalSpec.Mode.ALL ? 1 : 0);
    }

    /** Asks for a code and adds it to the retrieval (shows the pane). */
    public void addCode() {
        picker.apply(codebook.get()).ifPresent(c -> {
            if (codes.stream().noneMatch(x -> x.id() == c.id())) {
                codes.add(c);
                showChips();
                onVisible.accept(true);
                run();
            }
        });
    }

    private void run() {
        long ticket = ++runs;
        if (codes.isEmpty() || !session.hasProject()) {
            show(List.of(), "");
            return;
        }
        RetrievalSpec spec = new RetrievalSpec(codes.stream().map(Code::id).toList(),
                mode.getSelectionModel().getSelectedIndex() == 1 ? RetrievalSpec.Mode.ALL : RetrievalSpec.Mode.ANY,
                subcodes.isSelected());
        count.setText(t("retrieval.retrieving"));
        session.runLong(t("retrieval.task.retrieve"), (project, progress, cancel) ->
                project.read(tx -> Retrieval.run(tx, spec, progress, cancel)), found -> {
                    if (ticket == runs) {
                        show(found, spec.mode() == RetrievalSpec.Mode.ALL
                                ? t("retrieval.none.all") : t("retrieval.none.any"));
                    }
                });
    }

    private void show(List<RetrievedPassage> found, String empty) {
        shown.set(found);
        table.getItems().setAll(found);
        long documents = found.stream().mapToLong(RetrievedPassage::documentId).distinct().count();
        count.setText(codes.isEmpty() ? "" : t("retrieval.count",
                plural(found.size(), "retrieval.count.passage", "retrieval.count.passages"),
                plural(documents, "retrieval.count.document", "retrieval.count.documents")));
        placeholder.setText(codes.isEmpty() ? t("retrieval.chooseCode") : empty);
    }

    private void showChips() {
        chips.getChildren().clear();
        for (Code c : codes) {
            Region swatch = new Region();
            swatch.getStyleClass().add("code-swatch");
            swatch.setStyle("-fx-background-color: " + c.colour() + ";");
            swatch.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            Button chip = new Button(c.name() + "  ✕", swatch);
            chip.setMnemonicParsing(false);
            chip.setMinWidth(0);
            chip.getStyleClass().add("code-chip");
            chip.setTooltip(new Tooltip(t("retrieval.chip.tip", c.name())));
            chip.setOnAction(e -> {
                codes.removeIf(x -> x.id() == c.id());
                showChips();
                run();
            });
            chips.getChildren().add(chip);
        }
    }

    private void openSelected() {
        RetrievedPassage p = table.getSelectionModel().getSelectedItem();
        if (p != null) {
            opener.open(p);
        }
    }

    private void copy() {
        if (table.getItems().isEmpty()) {
            session.announce(t("retrieval.copy.empty"));
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(RetrievalTable.tabSeparated(table.getItems()));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        session.announce(t("retrieval.copied", table.getItems().size()));
    }

    private void export() {
        if (table.getItems().isEmpty()) {
            session.announce(t("retrieval.export.empty"));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t("retrieval.export.title"));
        chooser.setInitialFileName(t("retrieval.export.fileName"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        java.io.File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Writes the list shown as CSV (UTF-8) off the FX thread. */
    public void exportTo(Path target) {
        String csv = RetrievalTable.csv(List.copyOf(table.getItems()));
        int rows = table.getItems().size();
        session.runLong(t("retrieval.task.export"), (project, progress, cancel) -> {
            try {
                Files.writeString(target, csv, StandardCharsets.UTF_8);
                return target;
            } catch (IOException e) {
                throw new InvalidInputException(t("retrieval.export.failed", target, e.getMessage()), e);
            }
        }, written -> session.announce(t("retrieval.exported", rows, written.getFileName())));
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setMnemonicParsing(false);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static TableColumn<RetrievedPassage, String> column(String title, double width,
                                                             Function<RetrievedPassage, String> value) {
        TableColumn<RetrievedPassage, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 52));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    /** The passage in bold between a little of its context, cut to a few lines. */
    private static TableColumn<RetrievedPassage, RetrievedPassage> passageColumn() {
        TableColumn<RetrievedPassage, RetrievedPassage> c = new TableColumn<>(t("retrieval.column.passage"));
        c.setPrefWidth(520);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Text before = new Text();
            private final Text text = new Text();
            private final Text after = new Text();
            private final TextFlow flow = new TextFlow(before, text, after);

            {
                before.getStyleClass().add("context-text");
                after.getStyleClass().add("context-text");
                text.getStyleClass().add("passage-text");
                flow.prefWidthProperty().bind(col.widthProperty().subtract(12));
                javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
                clip.widthProperty().bind(widthProperty());
                clip.heightProperty().bind(heightProperty());
                setClip(clip);
            }

            @Override
            protected void updateItem(RetrievedPassage p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setGraphic(null);
                    return;
                }
                before.setText(clip("…" + tail(p.before(), 80)));
                text.setText(clip(p.text().length() > 400 ? p.text().substring(0, 400) + "…" : p.text()));
                after.setText(clip(head(p.after(), 80) + "…"));
                setGraphic(flow);
            }
        });
        return c;
    }

    private static String clip(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static String tail(String s, int n) {
        return s.length() <= n ? s : s.substring(s.length() - n);
    }

    private static String head(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }
}
