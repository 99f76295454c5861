package org.glose.ui.search;

import static org.glose.ui.i18n.I18n.t;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.search.KwicTable;
import org.glose.core.search.ProjectSearch;
import org.glose.core.search.SaveQuery;
import org.glose.core.search.SearchHit;
import org.glose.core.search.SearchIndex;
import org.glose.core.search.SearchResult;
import org.glose.core.search.SearchSpec;
import org.glose.core.search.SearchSpecText;
import org.glose.core.task.TaskRunner;
import org.glose.interchange.table.TableWriter;
import org.glose.ui.work.ChoiceLabels;
import org.glose.ui.work.PaneWork;

/**
 * The search pane (docs/search.md): a query, the mode, filters, the hit and document counts, the hits in context
 * in a sortable table, saved queries, export, and auto-coding of the hits. Everything that reads the project or
 * the index runs through the task runner, off the FX thread. Choosing a row asks the window to open the document
 * at the hit. It follows the project's changes until {@link #dispose} is called.
 */
public final class SearchPane extends BorderPane {

    /** Hits listed at most: their context is read from every document they are in, and sorting sorts these. */
    static final int MAX_ROWS = 10_000;
    /** The filters' fixed choices: stable values, shown in the window's language. */
    static final String ALL_DOCUMENTS = "All documents";
    static final String ANY_CODER = "Any coder";
    static final String ANYWHERE = "Anywhere";
    static final String WITHIN = "Within code";
    static final String NOT_WITHIN = "Not within code";
    static final String STEMMED = "Stemmed";
    static final String EXACT = "Exact words";

    private final OpenProject project;
    private final ProjectSearch search;
    private final PaneWork background;
    private final HitOpener opener;
    private final Consumer<String> onProjectChange = label -> Platform.runLater(this::refresh);
    final TextField query = new TextField();
    final ChoiceBox<String> mode = new ChoiceBox<>();
    final Button run = new Button(t("search.run"));
    final Label status = new Label();
    final ComboBox<String> document = new ComboBox<>();
    final ChoiceBox<String> codeScope = new ChoiceBox<>();
    final ComboBox<String> code = new ComboBox<>();
    final CheckBox subcodes = new CheckBox(t("search.subcodes"));
    final ComboBox<String> coder = new ComboBox<>();
    final ComboBox<String> saved = new ComboBox<>();
    final TextField saveName = new TextField();
    final Button save = new Button(t("search.save"));
    final Button export = new Button(t("search.export"));
    final KwicTableView table = new KwicTableView();
    final AutoCodeBar autoCode;
    private SearchResult result;
    private SearchSpec resultSpec;
    /** True while the choices are reloaded: a choice put back is not the user's. */
    private boolean refreshing;

    /**
     * @param coder who codes, for auto-coding (the window's current coder)
     */
    public SearchPane(OpenProject project, SearchIndex index, TaskRunner runner, Supplier<String> coder,
                      HitOpener opener) {
        this.project = project;
        this.search = new ProjectSearch(project, index);
        this.background = new PaneWork(runner, this::showError);
        this.opener = opener;
        this.autoCode = new AutoCodeBar(project, background, coder);
        setId("search-pane");
        setPadding(new Insets(6));
        query.setId("search-query");
        query.setPromptText(t("search.query.prompt"));
        query.setOnAction(e -> search());
        HBox.setHgrow(query, Priority.ALWAYS);
        mode.setId("search-mode");
        mode.getItems().addAll(STEMMED, EXACT);
        mode.setConverter(ChoiceLabels.of(m -> m.equals(EXACT) ? t("search.mode.exact") : t("search.mode.stemmed")));
        mode.setValue(STEMMED);
        run.setId("search-run");
        run.setOnAction(e -> search());
        status.setId("search-status");
        document.setId("search-document-filter");
        document.setPrefWidth(220);
        document.setConverter(ChoiceLabels.naming(ALL_DOCUMENTS, t("search.allDocuments")));
        codeScope.setId("search-code-scope");
        codeScope.getItems().addAll(ANYWHERE, WITHIN, NOT_WITHIN);
        codeScope.setConverter(ChoiceLabels.of(s -> switch (s) {
            case WITHIN -> t("search.scope.within");
            case NOT_WITHIN -> t("search.scope.notWithin");
            default -> t("search.scope.anywhere");
        }));
        codeScope.setValue(ANYWHERE);
        code.setId("search-code-filter");
        code.setPromptText(t("search.code.prompt"));
        code.setPrefWidth(220);
        code.disableProperty().bind(codeScope.valueProperty().isEqualTo(ANYWHERE));
        subcodes.setId("search-subcodes");
        subcodes.disableProperty().bind(code.disableProperty());
        this.coder.setId("search-coder-filter");
        this.coder.setMinWidth(120);
        this.coder.setConverter(ChoiceLabels.naming(ANY_CODER, t("search.anyCoder")));
        saved.setId("search-saved");
        saved.setPromptText(t("search.saved.prompt"));
        saved.setOnAction(e -> runSaved());
        saveName.setId("search-save-name");
        saveName.setPromptText(t("search.saveName.prompt"));
        saveName.setPrefColumnCount(10);
        save.setId("search-save");
        save.setOnAction(e -> saveQuery());
        export.setId("search-export");
        export.setOnAction(e -> chooseExportFile());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, hit) -> open(hit));

        HBox queryRow = row(query, mode, run);
        HBox filterRow = row(new Label(t("search.in")), document, codeScope, code, subcodes,
                new Label(t("search.codedBy")), this.coder);
        HBox savedRow = row(status, spacer(), saved, saveName, save, export);
        setTop(new VBox(4, queryRow, filterRow, savedRow));
        setCenter(table);
        setBottom(autoCode);
        project.addChangeListener(onProjectChange);
        refresh();
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node n : nodes) {
            if (n instanceof javafx.scene.control.Labeled || n instanceof ChoiceBox<?>) {
                ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // no clipping
            }
        }
        return row;
    }

    private static javafx.scene.layout.Region spacer() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /** The last result shown, or null. */
    public SearchResult result() {
        return result;
    }

    public void focusQuery() {
        query.requestFocus();
    }

    /** Stops following the project (call when the pane is closed). */
    public void dispose() {
        project.removeChangeListener(onProjectChange);
    }

    /** The search the fields describe. */
    SearchSpec spec() {
        SearchSpec spec = SearchSpec.of(query.getText()).exact(EXACT.equals(mode.getValue()));
        if (document.getValue() != null && !ALL_DOCUMENTS.equals(document.getValue())) {
            spec = spec.inDocuments(List.of(document.getValue()));
        }
        if (code.getValue() != null && WITHIN.equals(codeScope.getValue())) {
            spec = spec.withinCodes(List.of(code.getValue()), subcodes.isSelected());
        } else if (code.getValue() != null && NOT_WITHIN.equals(codeScope.getValue())) {
            spec = spec.notWithinCodes(List.of(code.getValue())).withinCodes(List.of(), subcodes.isSelected());
        }
        if (coder.getValue() != null && !ANY_CODER.equals(coder.getValue())) {
            spec = spec.codedBy(coder.getValue());
        }
        return spec;
    }

    /** Runs the search the fields describe. */
    public void search() {
        run(spec());
    }

    /** Types a query and runs it (the window opened on a search). */
    public void search(String text) {
        query.setText(text);
        search();
    }

    /** Runs a search and lists its hits (up to {@link #MAX_ROWS}; counts and auto-coding take all of them). */
    public void run(SearchSpec spec) {
        status.setText(t("search.searching"));
        background.run(t("search.task.search", spec.query()), () -> search.search(spec, MAX_ROWS), r -> {
            result = r;
            resultSpec = spec;
            table.getItems().setAll(r.hits());
            PaneWork.say(status, r.hits().size() < r.total()
                    ? t("search.found.first", r.total(), r.documents(), MAX_ROWS)
                    : t("search.found", r.total(), r.documents()));
            autoCode.setResult(r);
        });
    }

    private void open(SearchHit hit) {
        if (hit != null && result != null) {
            opener.open(hit.documentId(), hit.range(), result.rangesIn(hit.documentId()));
        }
    }

    private void runSaved() {
        String name = saved.getValue();
        if (name == null || refreshing) {
            return;
        }
        runSaved(name);
    }

    /** Runs the search saved under {@code name}, as choosing it among the saved queries does (Queries tab). */
    public void runSaved(String name) {
        background.run(t("search.task.openSaved"), () -> project.read(tx -> tx.savedQueries().byName(name))
                .map(q -> SearchSpecText.read(q.spec())).orElseThrow(() ->
                        new InvalidInputException(t("search.noSaved", name))), spec -> {
            query.setText(spec.query());
            mode.setValue(spec.exact() ? EXACT : STEMMED);
            saveName.setText(name);
            run(spec);
        });
    }

    private void saveQuery() {
        SearchSpec spec = spec();
        String name = saveName.getText();
        background.run(t("search.task.save"), () -> project.execute(new SaveQuery(name, spec)),
                q -> status.setText(t("search.saved", q.name())));
    }

    private void chooseExportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t("search.export.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(t("search.export.xlsx"), "*.xlsx"),
                new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName(t("search.export.fileName"));
        java.io.File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            export(file.toPath());
        }
    }

    /** Writes every hit of the last result (also those beyond the listed ones) to a .csv or .xlsx file. */
    void export(Path file) {
        SearchResult shown = result;
        SearchSpec spec = resultSpec;
        if (shown == null) {
            showError(new InvalidInputException(t("search.export.nothing")));
            return;
        }
        background.run(t("search.task.export"), () -> {
            SearchResult all = shown.hits().size() == shown.total() ? shown : search.search(spec, Integer.MAX_VALUE);
            TableWriter.write(file, KwicTable.HEADER, KwicTable.rows(all));
            return file;
        }, f -> status.setText(t("search.exported", shown.total(), f.getFileName())));
    }

    /** Reloads the documents, codes, coders and saved queries offered in the filters. */
    public void refresh() {
        background.run(t("search.task.read"), () -> project.read(tx -> {
            List<List<String>> lists = new ArrayList<>();
            lists.add(tx.documents().list().stream().map(d -> d.name()).toList());
            var book = tx.codes().codebook();
            lists.add(book.depthFirst().stream().map(c -> book.pathOf(c.id())).toList());
            lists.add(tx.coders().list().stream().map(c -> c.name()).toList());
            lists.add(tx.savedQueries().list().stream().map(q -> q.name()).toList());
            return lists;
        }), lists -> {
            keep(document, ALL_DOCUMENTS, lists.get(0));
            keep(code, null, lists.get(1));
            keep(coder, ANY_CODER, lists.get(2));
            keep(saved, null, lists.get(3));
            autoCode.setCodes(lists.get(1));
        });
    }

    /** Replaces a box's items, keeping its choice when it still exists. */
    private void keep(ComboBox<String> box, String first, List<String> items) {
        List<String> all = new ArrayList<>();
        if (first != null) {
            all.add(first);
        }
        all.addAll(items);
        if (box.getItems().equals(all)) {
            return;
        }
        String chosen = box.getValue();
        refreshing = true;
        try {
            box.getItems().setAll(all);
            box.setValue(all.contains(chosen) ? chosen : first);
        } finally {
            refreshing = false;
        }
    }

    private void showError(Throwable error) {
        PaneWork.showError(status, error);
    }
}
