package org.glose.ui.analysis;

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
import javafx.util.StringConverter;
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

/**
 * The co-occurrence window pane (guide ui.md §4): unit, distance, measure, sub-codes, order and coder; a heatmap
 * of the codebook; choosing a cell lists the passages where both codes occur, and each opens in its document
 * through {@code onOpen}. Computations run off the FX thread through the task runner; a newer request makes an
 * older result obsolete. Exports: XLSX, CSV (wide or long), SVG and PNG with their provenance.
 */
public final class CoOccurrencePane {

    static final String ALL_CODERS = "All coders";

    private final PaneSupport support;
    private final ChoiceBox<CoOccurrenceUnit> unit = new ChoiceBox<>();
    private final Spinner<Integer> distance = new Spinner<>(0, 1_000_000, CoOccurrenceOptions.DEFAULT_DISTANCE, 10);
    private final ChoiceBox<Measure> measure = new ChoiceBox<>();
    private final CheckBox subcodes = new CheckBox("Include sub-codes");
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
        unit.setConverter(converter(u -> capitalised(u.key())));
        unit.setValue(CoOccurrenceUnit.OVERLAP);
        distance.setId("distance");
        distance.setEditable(true);
        distance.setPrefWidth(100);
        measure.setId("measure");
        measure.setConverter(converter(m -> switch (m) {
            case COUNT -> "Count";
            case C_COEFFICIENT -> "c-coefficient";
            case JACCARD -> "Jaccard";
        }));
        subcodes.setId("subcodes");
        order.setId("order");
        order.getItems().setAll("Codebook order", "Clustered by similarity");
        order.setValue("Codebook order");
        coder.setId("coder");
        coder.getItems().setAll(ALL_CODERS);
        coder.setValue(ALL_CODERS);
        measures();

        root = support.heatmapRoot("Code co-occurrence", new AnalysisExports(this::content, runner, support::say),
                heatmap, passages, new Label("Unit"), unit, new Label("Distance"), distance, new Label("Measure"),
                measure, subcodes, new Label("Order"), order, new Label("Coder"), coder);

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
        CoOccurrenceOptions options;
        try {
            options = new CoOccurrenceOptions(unit.getValue(), distance.getValue(), measure.getValue(),
                    subcodes.isSelected());
        } catch (RuntimeException e) {
            support.fail(e);
            return;
        }
        String chosenCoder = coder.getValue();
        AnalysisFilter filter = ALL_CODERS.equals(chosenCoder) || chosenCoder == null ? this.filter
                : this.filter.withCoders(Set.of(chosenCoder));
        support.compute("Code co-occurrence", project -> {
            CoOccurrenceResult result = AnalysisService.cooccurrence(project, filter, options);
            List<String> coders = project.read(tx -> tx.coders().list().stream().map(Coder::name).sorted().toList());
            CoOccurrenceTable t = result.table();
            return new Shown(result, identity(t.size()), ClusterOrder.of(t), Provenance.of(Provenance.runningVersion(),
                    project.name(), result.data(), options.describe()), coders);
        }, s -> {
            shown = s;
            coders(s.coders());
            redraw();
            passages.clear("Choose a cell to read its passages.");
        });
    }

    /** Takes a saved analysis's settings and filter (Queries tab); the window then computes. */
    public void use(AnalysisSettings.CoOccurrence saved) {
        filter = saved.filter();
        unit.setValue(saved.options().unit());
        distance.getValueFactory().setValue(saved.options().distance());
        measure.setValue(saved.options().measure());
        subcodes.setSelected(saved.options().withSubcodes());
        order.setValue(saved.clustered() ? "Clustered by similarity" : "Codebook order");
    }

    private void redraw() {
        if (shown == null) {
            return;
        }
        CoOccurrenceTable t = shown.result().table();
        heatmap.show(HeatGrid.of(ProjectReports.title(t.options()), t, shown.order(clustered())));
        support.say(t.size() + " codes, " + shown.result().data().codings().size() + " codings. Choose a cell, or "
                + "move with the arrow keys and press Enter, to read its passages. — means undefined.");
    }

    private void choose(int position, int column) {
        int[] order = shown.order(clustered());
        int a = order[position];
        int b = order[column];
        CoOccurrenceResult result = shown.result();
        String names = result.table().paths().get(a) + " × " + result.table().paths().get(b);
        if (a == b) {
            passages.clear("A code with itself: choose a cell off the diagonal.");
            return;
        }
        support.compute("Passages", project -> AnalysisService.withText(project,
                CoOccurrencePassages.between(result.data(), result.table().options(), a, b)), found -> {
            passages.show(found, "No passage holds both " + names + ".");
            support.say(found.size() + " passage(s) for " + names + ". Double-click one, or press Enter, to open it.");
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

    private void coders(List<String> names) {
        List<String> items = new ArrayList<>();
        items.add(ALL_CODERS);
        items.addAll(names);
        support.replaceChoices(coder, items, ALL_CODERS);
    }

    private boolean clustered() {
        return Objects.equals(order.getValue(), "Clustered by similarity");
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

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are not typed in");
            }
        };
    }
}
