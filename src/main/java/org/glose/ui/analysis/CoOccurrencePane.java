package org.glose.ui.analysis;

import static org.glose.ui.i18n.I18n.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import org.glose.core.analysis.AnalysisService;
import org.glose.core.analysis.AnalysisService.CoOccurrenceResult;
import org.glose.core.analysis.ProjectReports;
import org.glose.core.analysis.chart.HeatGrid;
import org.glose.core.analysis.chart.HeatmapChart;
import org.glose.core.analysis.cooccurrence.ClusterOrder;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrencePassages;
import org.glose.core.analysis.cooccurrence.CoOccurrenceTable;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.cooccurrence.Measure;
import org.glose.core.analysis.data.AnalysisFilter;
import org.glose.core.analysis.data.Passage;
import org.glose.core.analysis.data.Provenance;
import org.glose.core.analysis.saved.AnalysisSettings;
import org.glose.core.analysis.table.AnalysisTables;
import org.glose.core.model.Coder;
import org.glose.core.project.OpenProject;
import org.glose.core.task.TaskRunner;
import org.glose.ui.work.ChoiceLabels;

/**
 * The co-occurrence window pane (guide ui.md §4): unit, distance, measure, sub-codes, order and coder; a heatmap
 * of the codebook; choosing a cell lists the passages where both codes occur, and each opens in its document
 * through {@code onOpen}. Computations run off the FX thread through the task runner; a newer request makes an
 * older result obsolete. Exports: XLSX, CSV (wide or long), SVG and PNG with their provenance.
 */
public final class CoOccurrencePane {

    /** The choices' values; the window shows them in its language. */
    static final String ALL_CODERS = "All coders";
    static final String CODEBOOK_ORDER = "Codebook order";
    static final String CLUSTERED = "Clustered by similarity";

    private final PaneSupport support;
    private final ChoiceBox<CoOccurrenceUnit> unit = new ChoiceBox<>();
    private final Spinner<Integer> distance = new Spinner<>(0, 1_000_000, CoOccurrenceOptions.DEFAULT_DISTANCE, 10);
    private final ChoiceBox<Measure> measure = new ChoiceBox<>();
    private final CheckBox subcodes = new CheckBox(t("analysis.subcodes"));
    private final ChoiceBox<String> order = new ChoiceBox<>();
    private final ChoiceBox<String> coder = new ChoiceBox<>();
    private final HeatmapView heatmap = new HeatmapView();
    private final PassageList passages;
    private final VBox root;
    private Shown shown;
    private AnalysisFilter filter = AnalysisFilter.ALL;

    /** What is on screen: the result, its order (position → table row) and its provenance. */
    private record Shown(CoOccurrenceResult result, int[] tree, int[] clustered, Provenance provenance,
                         List<String> coders) {
        int[] order(boolean cluster) {
            return cluster ? clustered : tree;
        }
    }

    /**
     * @param project the open project (null while none is open)
     * @param runner  runs the computations off the FX thread (the window's {@code FxTaskRunner})
     * @param onOpen  opens a passage in its document
     */
    public CoOccurrencePane(Supplier<OpenProject> project, TaskRunner runner, Consumer<Passage> onOpen) {
        this.passages = new PassageList(onOpen);
        this.support = new PaneSupport(project, runner);
        unit.setId("unit");
        unit.getItems().setAll(CoOccurrenceUnit.values());
        unit.setConverter(ChoiceLabels.of(u -> switch (u) {
            case OVERLAP -> t("analysis.cooccurrence.unit.overlap");
            case NEAR -> t("analysis.cooccurrence.unit.near");
            case PARAGRAPH -> t("analysis.cooccurrence.unit.paragraph");
            case DOCUMENT -> t("analysis.cooccurrence.unit.document");
            case CASE -> t("analysis.cooccurrence.unit.case");
        }));
        unit.setValue(CoOccurrenceUnit.OVERLAP);
        distance.setId("distance");
        distance.setEditable(true);
        distance.setPrefWidth(100);
        measure.setId("measure");
        measure.setConverter(ChoiceLabels.of(m -> switch (m) {
            case COUNT -> t("analysis.cooccurrence.measure.count");
            case C_COEFFICIENT -> t("analysis.cooccurrence.measure.c");
            case JACCARD -> t("analysis.cooccurrence.measure.jaccard");
        }));
        subcodes.setId("subcodes");
        order.setId("order");
        order.getItems().setAll(CODEBOOK_ORDER, CLUSTERED);
        order.setConverter(ChoiceLabels.of(o -> o.equals(CLUSTERED) ? t("analysis.cooccurrence.order.clustered")
                : t("analysis.cooccurrence.order.codebook")));
        order.setValue(CODEBOOK_ORDER);
        coder.setId("coder");
        coder.getItems().setAll(ALL_CODERS);
        coder.setConverter(ChoiceLabels.naming(ALL_CODERS, t("analysis.cooccurrence.allCoders")));
        coder.setValue(ALL_CODERS);
        measures();

        root = support.heatmapRoot(t("analysis.cooccurrence.title"), new AnalysisExports(this::content, runner,
                support::say), new AnalysisSaving.Source(() -> heading(settings().options()), this::settings),
                heatmap, passages, new Label(t("analysis.cooccurrence.unit")), unit,
                new Label(t("analysis.cooccurrence.distance")), distance, new Label(t("analysis.cooccurrence.measure")),
                measure, subcodes, new Label(t("analysis.cooccurrence.order")), order,
                new Label(t("analysis.cooccurrence.coder")), coder);

        unit.valueProperty().addListener((o, was, now) -> {
            measures();
            refresh();
        });
        distance.valueProperty().addListener((o, was, now) -> refresh());
        measure.valueProperty().addListener((o, was, now) -> refresh());
        subcodes.selectedProperty().addListener((o, was, now) -> refresh());
        coder.valueProperty().addListener((o, was, now) -> refresh());
        order.valueProperty().addListener((o, was, now) -> redraw());
        heatmap.setOnChoose(this::choose);
    }

    public Node root() {
        return root;
    }

    /** Computes again with the current settings (after the project changed or another was opened). */
    public void refresh() {
        if (support.updating()) {
            return;
        }
        distance.setDisable(unit.getValue() != CoOccurrenceUnit.NEAR);
        AnalysisSettings.CoOccurrence settings;
        try {
            settings = settings();
        } catch (RuntimeException e) {
            support.fail(e);
            return;
        }
        CoOccurrenceOptions options = settings.options();
        AnalysisFilter filter = settings.filter();
        support.compute(t("analysis.cooccurrence.title"), project -> {
            CoOccurrenceResult result = AnalysisService.cooccurrence(project, filter, options);
            List<String> coders = project.read(tx -> tx.coders().list().stream().map(Coder::name).sorted().toList());
            CoOccurrenceTable t = result.table();
            return new Shown(result, identity(t.size()), ClusterOrder.of(t), Provenance.of(Provenance.runningVersion(),
                    project.name(), result.data(), options.describe()), coders);
        }, s -> {
            shown = s;
            coders(s.coders());
            redraw();
            passages.clear(t("analysis.passages.chooseCell"));
        });
    }

    /**
     * The settings and filter on screen, as {@code glose cooccurrence --save} keeps them: the coder chosen joins
     * the filter the pane was opened with. Throws when a setting is invalid.
     */
    AnalysisSettings.CoOccurrence settings() {
        CoOccurrenceOptions options = new CoOccurrenceOptions(unit.getValue(), distance.getValue(), measure.getValue(),
                subcodes.isSelected());
        String chosenCoder = coder.getValue();
        AnalysisFilter shown = ALL_CODERS.equals(chosenCoder) || chosenCoder == null ? filter
                : filter.withCoders(Set.of(chosenCoder));
        return new AnalysisSettings.CoOccurrence(shown, options, clustered());
    }

    /**
     * Takes a saved analysis's settings and filter (Queries tab); the window then computes. A filter on one coder
     * shows as the coder chosen, so that saving again keeps what was saved.
     */
    public void use(AnalysisSettings.CoOccurrence saved) {
        Set<String> coders = saved.filter().coders();
        if (coders.size() == 1) {
            String one = coders.iterator().next();
            filter = saved.filter().withCoders(Set.of());
            if (!coder.getItems().contains(one)) {
                coder.getItems().add(one);
            }
            coder.setValue(one);
        } else {
            filter = saved.filter();
            coder.setValue(ALL_CODERS);
        }
        unit.setValue(saved.options().unit());
        distance.getValueFactory().setValue(saved.options().distance());
        measure.setValue(saved.options().measure());
        subcodes.setSelected(saved.options().withSubcodes());
        order.setValue(saved.clustered() ? CLUSTERED : CODEBOOK_ORDER);
    }

    private void redraw() {
        if (shown == null) {
            return;
        }
        CoOccurrenceTable t = shown.result().table();
        heatmap.show(HeatGrid.of(heading(t.options()), t, shown.order(clustered())));
        support.say(t("analysis.cooccurrence.shown", t.size(), shown.result().data().codings().size()));
    }

    /**
     * The heatmap's title in the window's language ("Code co-occurrence — overlap, count"); files exported keep the
     * core's English title ({@link ProjectReports#title}).
     */
    static String heading(CoOccurrenceOptions o) {
        String unit = switch (o.unit()) {
            case OVERLAP -> t("analysis.cooccurrence.heading.overlap");
            case NEAR -> t("analysis.cooccurrence.heading.near", o.distance());
            case PARAGRAPH -> t("analysis.cooccurrence.heading.paragraph");
            case DOCUMENT -> t("analysis.cooccurrence.heading.document");
            case CASE -> t("analysis.cooccurrence.heading.case");
        };
        String measure = switch (o.measure()) {
            case COUNT -> t("analysis.cooccurrence.heading.count");
            case C_COEFFICIENT -> t("analysis.cooccurrence.heading.c");
            case JACCARD -> t("analysis.cooccurrence.heading.jaccard");
        };
        return o.withSubcodes() ? t("analysis.cooccurrence.heading.withSubcodes", unit, measure)
                : t("analysis.cooccurrence.heading", unit, measure);
    }

    private void choose(int position, int column) {
        int[] order = shown.order(clustered());
        int a = order[position];
        int b = order[column];
        CoOccurrenceResult result = shown.result();
        String names = result.table().paths().get(a) + " × " + result.table().paths().get(b);
        if (a == b) {
            passages.clear(t("analysis.cooccurrence.diagonal"));
            return;
        }
        support.compute(t("analysis.passages"), project -> AnalysisService.withText(project,
                CoOccurrencePassages.between(result.data(), result.table().options(), a, b)), found -> {
            passages.show(found, t("analysis.cooccurrence.noPassage", names));
            support.say(t("analysis.cooccurrence.passages", found.size(), names));
        });
    }

    AnalysisExports.Content content() {
        if (shown == null) {
            return null;
        }
        CoOccurrenceTable t = shown.result().table();
        int[] order = shown.order(clustered());
        return new AnalysisExports.Content(AnalysisTables.cooccurrence(t, order), AnalysisTables.cooccurrenceTidy(t),
                HeatmapChart.layout(HeatGrid.of(ProjectReports.title(t.options()), t, order)), provenance(t));
    }

    private Provenance provenance(CoOccurrenceTable t) {
        java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>(t.options().describe());
        parameters.put("order", clustered() ? "cluster" : "tree");
        parameters.putAll(shown.result().data().filter().describe());
        return shown.provenance().withParameters(parameters);
    }

    /** The measures that fit the unit: c for pairs of codings, Jaccard for units. */
    private void measures() {
        List<Measure> fit = unit.getValue().countsPairs() ? List.of(Measure.COUNT, Measure.C_COEFFICIENT)
                : List.of(Measure.COUNT, Measure.JACCARD);
        support.replaceChoices(measure, fit, Measure.COUNT);
    }

    /** The coders to choose from; one chosen from a saved analysis stays offered when it has no codings now. */
    private void coders(List<String> names) {
        List<String> items = new ArrayList<>();
        items.add(ALL_CODERS);
        items.addAll(names);
        String chosen = coder.getValue();
        if (chosen != null && !items.contains(chosen)) {
            items.add(chosen);
        }
        support.replaceChoices(coder, items, ALL_CODERS);
    }

    private boolean clustered() {
        return Objects.equals(order.getValue(), CLUSTERED);
    }

    /** The position on screen of a code given by path (-1 when not shown). */
    int position(String path) {
        int[] order = shown.order(clustered());
        for (int p = 0; p < order.length; p++) {
            if (shown.result().table().paths().get(order[p]).equals(path)) {
                return p;
            }
        }
        return -1;
    }

    HeatmapView heatmap() {
        return heatmap;
    }

    PassageList passages() {
        return passages;
    }

    CompletableFuture<?> lastWork() {
        return support.lastWork();
    }

    static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }
}
