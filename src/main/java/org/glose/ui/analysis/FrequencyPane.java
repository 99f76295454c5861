package org.glose.ui.analysis;

import static org.glose.ui.i18n.I18n.plural;
import static org.glose.ui.i18n.I18n.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.glose.core.analysis.AnalysisService;
import org.glose.core.analysis.chart.BarChart;
import org.glose.core.analysis.chart.ChartScene;
import org.glose.core.analysis.chart.WordCloudChart;
import org.glose.core.analysis.data.AnalysisFilter;
import org.glose.core.analysis.data.AnalysisLoader;
import org.glose.core.analysis.data.CodedData;
import org.glose.core.analysis.data.Provenance;
import org.glose.core.analysis.frequency.CodeFrequencies;
import org.glose.core.analysis.frequency.CodeFrequency;
import org.glose.core.analysis.frequency.WordCount;
import org.glose.core.analysis.frequency.WordOptions;
import org.glose.core.analysis.saved.AnalysisSettings;
import org.glose.core.analysis.table.AnalysisTable;
import org.glose.core.analysis.table.AnalysisTables;
import org.glose.core.coding.CodeRefs;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.task.TaskRunner;
import org.glose.ui.work.ChoiceLabels;

/**
 * Frequencies (guide ui.md §4): codings per code as a bar chart, and word frequencies of the documents or of one
 * code's passages, without French and English stop words, with optional light stemming and a minimum length, as a
 * table and a bar chart of the most frequent words. Both export as tables (XLSX, CSV) and charts (SVG, PNG).
 */
public final class FrequencyPane {

    /** The first choice of "Words of": a stable value, shown in the window's language. */
    static final String ALL_DOCUMENTS = "All documents";
    private static final int CHARTED_WORDS = 40;
    private static final int CLOUD_WORDS = 100;
    /** How many of the most frequent words the table keeps; 0 keeps them all. */
    private static final List<Integer> LIMITS = List.of(0, 10, 20, 50, 100, 200, 500, 1000);

    private final PaneSupport support;
    private final CheckBox subcodes = new CheckBox(t("analysis.subcodes"));
    private final ChartView codeChart = new ChartView();
    private final ChoiceBox<String> within = new ChoiceBox<>();
    private final Spinner<Integer> minLength = new Spinner<>(1, 30, WordOptions.DEFAULT.minLength());
    private final ChoiceBox<Integer> limit = new ChoiceBox<>();
    private final CheckBox stem = new CheckBox(t("analysis.frequency.stem"));
    private final CheckBox stopWords = new CheckBox(t("analysis.frequency.stopWords"));
    private final CheckBox cloud = new CheckBox(t("analysis.frequency.cloud"));
    private final TableView<WordCount> words = new TableView<>();
    private final ChartView wordChart = new ChartView();
    private final TabPane tabs = new TabPane();
    private final VBox root;
    private AnalysisExports.Content codesContent;
    private AnalysisExports.Content wordsContent;
    private WordResult wordResult;
    private AnalysisFilter filter = AnalysisFilter.ALL;

    public FrequencyPane(Supplier<OpenProject> project, TaskRunner runner) {
        this.support = new PaneSupport(project, runner);
        subcodes.setId("subcodes");
        within.setId("within");
        within.getItems().setAll(ALL_DOCUMENTS);
        within.setConverter(ChoiceLabels.naming(ALL_DOCUMENTS, t("analysis.frequency.allDocuments")));
        within.setValue(ALL_DOCUMENTS);
        minLength.setId("min-length");
        minLength.setPrefWidth(80);
        limit.setId("word-limit");
        limit.getItems().setAll(LIMITS);
        limit.setConverter(ChoiceLabels.of(n -> n == 0 ? t("analysis.frequency.limit.all") : String.valueOf(n)));
        limit.setValue(WordOptions.DEFAULT.limit());
        stem.setId("stem");
        stopWords.setId("stop-words");
        stopWords.setSelected(true);
        cloud.setId("cloud");
        words.setId("words");
        words.getColumns().add(column(t("analysis.frequency.column.word"), w -> w.word()));
        words.getColumns().add(column(t("analysis.frequency.column.count"), w -> w.count()));
        words.getColumns().add(column(t("analysis.frequency.column.documents"), w -> w.documents()));
        words.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        FlowPane codeControls = new FlowPane(subcodes);
        codeControls.getStyleClass().add("analysis-controls");
        VBox.setVgrow(codeChart.root(), Priority.ALWAYS);
        Tab codes = new Tab(t("analysis.frequency.tab.codes"), new VBox(codeControls, codeChart.root()));
        codes.setId("codes-tab");
        FlowPane wordControls = new FlowPane(new Label(t("analysis.frequency.within")), within,
                new Label(t("analysis.frequency.minLength")), minLength,
                new Label(t("analysis.frequency.limit")), limit, stopWords, stem, cloud);
        wordControls.getStyleClass().add("analysis-controls");
        SplitPane wordSplit = new SplitPane(words, wordChart.root());
        wordSplit.setOrientation(Orientation.HORIZONTAL);
        wordSplit.setDividerPositions(0.35);
        VBox.setVgrow(wordSplit, Priority.ALWAYS);
        Tab wordTab = new Tab(t("analysis.frequency.tab.words"), new VBox(wordControls, wordSplit));
        wordTab.setId("words-tab");
        tabs.getTabs().setAll(codes, wordTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        AnalysisExports exports = new AnalysisExports(() -> tabs.getSelectionModel().getSelectedIndex() == 0
                ? codesContent : wordsContent, runner, support::say);
        MenuButton export = exports.button(() -> support.window(tabs));
        export.disableProperty().bind(support.noResult());
        Label title = new Label(t("analysis.frequency.title"));
        title.getStyleClass().add("pane-title");
        HBox header = new HBox(title, support.saveButton(new AnalysisSaving.Source(this::suggestedName,
                this::settings)), export);
        header.getStyleClass().add("pane-header");
        root = support.root(header, tabs);

        subcodes.selectedProperty().addListener((o, was, now) -> refresh());
        within.valueProperty().addListener((o, was, now) -> refreshWords());
        minLength.valueProperty().addListener((o, was, now) -> refreshWords());
        limit.valueProperty().addListener((o, was, now) -> refreshWords());
        stem.selectedProperty().addListener((o, was, now) -> refreshWords());
        stopWords.selectedProperty().addListener((o, was, now) -> refreshWords());
        cloud.selectedProperty().addListener((o, was, now) -> showWords());
    }

    public Node root() {
        return root;
    }

    /** Computes code and word frequencies again. */
    public void refresh() {
        boolean aggregate = subcodes.isSelected();
        AnalysisFilter shownFilter = filter;
        String chosen = within.getValue();
        support.compute(t("analysis.frequency.codes"), project -> {
            CodedData data = project.read(tx -> AnalysisLoader.load(tx, shownFilter, false));
            List<CodeFrequency> rows = CodeFrequencies.compute(data, aggregate);
            Provenance provenance = Provenance.of(Provenance.runningVersion(), project.name(), data,
                    Map.of("analysis", "code frequencies", "subcodes", Boolean.toString(aggregate)));
            return new CodeResult(rows, provenance, data.codePaths(), pathOf(data, chosen));
        }, this::showCodes);
        refreshWords();
    }

    /**
     * The settings and filter of the tab on screen, as {@code glose frequency --save} keeps them: code frequencies,
     * or word frequencies with {@code --words}.
     */
    AnalysisSettings settings() {
        return tabs.getSelectionModel().getSelectedIndex() == 1 ? wordSettings()
                : new AnalysisSettings.CodeFrequency(filter, subcodes.isSelected());
    }

    private AnalysisSettings.WordFrequency wordSettings() {
        WordOptions options = new WordOptions(minLength.getValue(), stopWords.isSelected(), stem.isSelected(),
                limit.getValue());
        String code = ALL_DOCUMENTS.equals(within.getValue()) ? null : within.getValue();
        return new AnalysisSettings.WordFrequency(filter, options, code, subcodes.isSelected());
    }

    /** The name offered when saving: what the tab on screen shows, and the code words are counted in. */
    private String suggestedName() {
        if (tabs.getSelectionModel().getSelectedIndex() != 1) {
            return t("analysis.frequency.chart.codes");
        }
        String code = wordSettings().within();
        return code == null ? t("analysis.frequency.chart.words")
                : t("analysis.save.wordsWithin", t("analysis.frequency.chart.words"), code);
    }

    /** Takes a saved analysis's settings and filter (Queries tab) and shows its tab; the window then computes. */
    public void use(AnalysisSettings saved) {
        filter = saved.filter();
        if (saved instanceof AnalysisSettings.CodeFrequency codes) {
            subcodes.setSelected(codes.withSubcodes());
            tabs.getSelectionModel().select(0);
        } else if (saved instanceof AnalysisSettings.WordFrequency w) {
            subcodes.setSelected(w.withSubcodes());
            if (w.within() != null && !within.getItems().contains(w.within())) {
                within.getItems().add(w.within());
            }
            within.setValue(w.within() == null ? ALL_DOCUMENTS : w.within());
            minLength.getValueFactory().setValue(w.options().minLength());
            if (!limit.getItems().contains(w.options().limit())) {
                List<Integer> limits = new ArrayList<>(limit.getItems());
                limits.add(w.options().limit());
                limits.sort(null);
                support.replaceChoices(limit, limits, w.options().limit());
            }
            limit.setValue(w.options().limit());
            stem.setSelected(w.options().stem());
            stopWords.setSelected(w.options().dropStopWords());
            tabs.getSelectionModel().select(1);
        }
    }

    /** The codes' rows, and the path of the code words are counted in ({@code within}: null for all documents). */
    private record CodeResult(List<CodeFrequency> rows, Provenance provenance, List<String> paths, String within) {
    }

    /**
     * The path of the code a saved analysis names by path or by id, so the choice shows the code's path; a code no
     * longer in the codebook stays as it was named (the words then say it is missing).
     */
    private static String pathOf(CodedData data, String chosen) {
        if (chosen == null || ALL_DOCUMENTS.equals(chosen)) {
            return null;
        }
        try {
            return data.pathOf(CodeRefs.resolve(data.codebook(), chosen));
        } catch (InvalidInputException unknown) {
            return chosen;
        }
    }

    private record WordResult(List<WordCount> words, Provenance provenance) {
    }

    private void showCodes(CodeResult r) {
        AnalysisTable table = AnalysisTables.codeFrequencies(r.rows());
        ChartScene chart = BarChart.layout(t("analysis.frequency.chart.codes"),
                r.rows().stream().map(f -> f.code().name()).toList(),
                r.rows().stream().map(f -> (double) f.codings()).toList(),
                r.rows().stream().map(CodeFrequency::depth).toList(), 0);
        codeChart.show(chart);
        codesContent = new AnalysisExports.Content(table, table, chart, r.provenance());
        List<String> items = new ArrayList<>(List.of(ALL_DOCUMENTS));
        items.addAll(r.paths());
        if (r.within() != null && !items.contains(r.within())) {
            items.add(r.within());
        }
        support.replaceChoices(within, items, r.within() == null ? ALL_DOCUMENTS : r.within());
        support.say(plural(r.rows().size(), "analysis.frequency.codeShown", "analysis.frequency.codesShown"));
    }

    private void refreshWords() {
        if (support.updating()) {
            return;
        }
        AnalysisSettings.WordFrequency settings = wordSettings();
        WordOptions options = settings.options();
        String code = settings.within();
        boolean aggregate = settings.withSubcodes();
        AnalysisFilter shownFilter = settings.filter();
        support.compute(t("analysis.frequency.words"), project -> {
            List<WordCount> counted = AnalysisService.words(project, shownFilter, code, aggregate, options);
            CodedData data = project.read(tx -> AnalysisLoader.load(tx, shownFilter, false));
            Map<String, String> parameters = new java.util.LinkedHashMap<>(options.describe());
            parameters.put("within", code == null ? "all documents" : code);
            return new WordResult(counted, Provenance.of(Provenance.runningVersion(), project.name(), data,
                    parameters));
        }, r -> {
            wordResult = r;
            words.getItems().setAll(r.words());
            showWords();
            support.say(plural(r.words().size(), "analysis.frequency.wordShown", "analysis.frequency.wordsShown"));
        });
    }

    /** Draws the words as bars or as a cloud (the 40 or 100 most frequent). */
    private void showWords() {
        if (wordResult == null) {
            return;
        }
        List<WordCount> all = wordResult.words();
        ChartScene chart;
        if (cloud.isSelected()) {
            chart = WordCloudChart.layout(t("analysis.frequency.chart.words"),
                    all.subList(0, Math.min(CLOUD_WORDS, all.size())));
        } else {
            List<WordCount> top = all.subList(0, Math.min(CHARTED_WORDS, all.size()));
            chart = BarChart.layout(t("analysis.frequency.chart.words"), top.stream().map(WordCount::word).toList(),
                    top.stream().map(w -> (double) w.count()).toList(), null, 0);
        }
        wordChart.show(chart);
        AnalysisTable table = AnalysisTables.words(all);
        wordsContent = new AnalysisExports.Content(table, table, chart, wordResult.provenance());
    }

    private static <T> TableColumn<WordCount, T> column(String name, java.util.function.Function<WordCount, T> get) {
        TableColumn<WordCount, T> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(get.apply(c.getValue())));
        return column;
    }

    ChartView codeChart() {
        return codeChart;
    }

    ChartView wordChart() {
        return wordChart;
    }

    TableView<WordCount> words() {
        return words;
    }

    ChoiceBox<String> within() {
        return within;
    }

    ChoiceBox<Integer> limit() {
        return limit;
    }

    TabPane tabs() {
        return tabs;
    }

    CompletableFuture<?> lastWork() {
        return support.lastWork();
    }
}
