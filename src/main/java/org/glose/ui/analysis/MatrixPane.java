package org.glose.ui.analysis;

import static org.glose.ui.i18n.I18n.t;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.glose.core.analysis.AnalysisService;
import org.glose.core.analysis.AnalysisService.MatrixResult;
import org.glose.core.analysis.chart.HeatGrid;
import org.glose.core.analysis.chart.HeatmapChart;
import org.glose.core.analysis.data.AnalysisFilter;
import org.glose.core.analysis.data.Passage;
import org.glose.core.analysis.data.Provenance;
import org.glose.core.analysis.matrix.CodeMatrix;
import org.glose.core.analysis.matrix.MatrixOptions;
import org.glose.core.analysis.matrix.MatrixOptions.Percent;
import org.glose.core.analysis.matrix.MatrixOptions.Value;
import org.glose.core.analysis.matrix.MatrixTable;
import org.glose.core.analysis.saved.AnalysisSettings;
import org.glose.core.analysis.table.AnalysisTables;
import org.glose.core.model.Attribute;
import org.glose.core.project.OpenProject;
import org.glose.core.task.TaskRunner;
import org.glose.ui.work.ChoiceLabels;

/**
 * The matrix window pane (guide ui.md §4): codes down; documents, cases or the values of a case attribute across;
 * cells count codings, coded characters or documents, optionally as row or column percentages. Choosing a cell
 * lists the codings behind it, each opening in its document through {@code onOpen}.
 */
public final class MatrixPane {

    /** The columns' choices: stable values, shown in the window's language (an attribute's with its name). */
    static final String DOCUMENTS = "Documents";
    static final String CASES = "Cases";
    static final String ATTRIBUTE = "Attribute: ";

    private final PaneSupport support;
    private final ChoiceBox<String> columns = new ChoiceBox<>();
    private final ChoiceBox<Value> value = new ChoiceBox<>();
    private final ChoiceBox<Percent> percent = new ChoiceBox<>();
    private final CheckBox subcodes = new CheckBox(t("analysis.subcodes"));
    private final HeatmapView heatmap = new HeatmapView();
    private final PassageList passages;
    private final VBox root;
    private Shown shown;
    private AnalysisFilter filter = AnalysisFilter.ALL;

    private record Shown(MatrixResult result, Provenance provenance, List<String> attributes) {
    }

    public MatrixPane(Supplier<OpenProject> project, TaskRunner runner, Consumer<Passage> onOpen) {
        this.passages = new PassageList(onOpen);
        this.support = new PaneSupport(project, runner);
        columns.setId("columns");
        columns.getItems().setAll(DOCUMENTS, CASES);
        columns.setConverter(ChoiceLabels.of(MatrixPane::columnsLabel));
        columns.setValue(DOCUMENTS);
        value.setId("value");
        value.getItems().setAll(Value.values());
        value.setConverter(ChoiceLabels.of(v -> switch (v) {
            case CODINGS -> t("analysis.matrix.value.codings");
            case CHARACTERS -> t("analysis.matrix.value.characters");
            case DOCUMENTS -> t("analysis.matrix.value.documents");
        }));
        value.setValue(Value.CODINGS);
        percent.setId("percent");
        percent.getItems().setAll(Percent.values());
        percent.setConverter(ChoiceLabels.of(p -> switch (p) {
            case NONE -> t("analysis.matrix.percent.none");
            case ROW -> t("analysis.matrix.percent.row");
            case COLUMN -> t("analysis.matrix.percent.column");
        }));
        percent.setValue(Percent.NONE);
        subcodes.setId("subcodes");

        root = support.heatmapRoot(t("analysis.matrix.title"), new AnalysisExports(this::content, runner,
                support::say), new AnalysisSaving.Source(() -> title(settings().options()), this::settings),
                heatmap, passages, new Label(t("analysis.matrix.columns")), columns,
                new Label(t("analysis.matrix.cells")), value, percent, subcodes);

        columns.valueProperty().addListener((o, was, now) -> refresh());
        value.valueProperty().addListener((o, was, now) -> refresh());
        subcodes.selectedProperty().addListener((o, was, now) -> refresh());
        percent.valueProperty().addListener((o, was, now) -> redraw());
        heatmap.setOnChoose(this::choose);
    }

    public Node root() {
        return root;
    }

    /** Computes again with the current settings. */
    public void refresh() {
        if (support.updating()) {
            return;
        }
        AnalysisSettings.Matrix settings = settings();
        MatrixOptions options = settings.options();
        AnalysisFilter shownFilter = settings.filter();
        support.compute(t("analysis.matrix.title"), project -> {
            MatrixResult result = AnalysisService.matrix(project, shownFilter, options);
            return new Shown(result, Provenance.of(Provenance.runningVersion(), project.name(), result.data(),
                    options.describe()), project.read(tx -> tx.cases().attributes().stream().map(Attribute::name)
                    .sorted().toList()));
        }, s -> {
            shown = s;
            attributes(s.attributes());
            redraw();
            passages.clear(t("analysis.matrix.chooseCell"));
        });
    }

    /** The settings and filter on screen, as {@code glose matrix --save} keeps them. */
    AnalysisSettings.Matrix settings() {
        String chosen = columns.getValue();
        MatrixOptions options = (chosen.startsWith(ATTRIBUTE)
                ? MatrixOptions.columns("attribute:" + chosen.substring(ATTRIBUTE.length()))
                : MatrixOptions.of(chosen.equals(CASES) ? MatrixOptions.Axis.CASES : MatrixOptions.Axis.DOCUMENTS))
                .withValue(value.getValue()).withPercent(percent.getValue()).withSubcodes(subcodes.isSelected());
        return new AnalysisSettings.Matrix(filter, options);
    }

    /** Takes a saved analysis's settings and filter (Queries tab); the window then computes. */
    public void use(AnalysisSettings.Matrix saved) {
        filter = saved.filter();
        String key = saved.options().columnsKey();
        String column = key.startsWith("attribute:") ? ATTRIBUTE + key.substring("attribute:".length())
                : key.equals("cases") ? CASES : DOCUMENTS;
        if (!columns.getItems().contains(column)) {
            columns.getItems().add(column);
        }
        columns.setValue(column);
        value.setValue(saved.options().value());
        percent.setValue(saved.options().percent());
        subcodes.setSelected(saved.options().withSubcodes());
    }

    private MatrixTable table() {
        return shown.result().table().withPercent(percent.getValue());
    }

    private void redraw() {
        if (shown == null) {
            return;
        }
        MatrixTable t = table();
        heatmap.show(HeatGrid.of(title(t.options()), t));
        support.say(t("analysis.matrix.shown", t.rows(), t.columnCount()));
    }

    /** What the chart is headed with: "Codes × documents — codings". */
    private static String title(MatrixOptions o) {
        String columns = switch (o.axis()) {
            case DOCUMENTS -> t("analysis.matrix.chart.documents");
            case CASES -> t("analysis.matrix.chart.cases");
            case ATTRIBUTE -> t("analysis.matrix.chart.attribute", o.attribute());
        };
        String cells = switch (o.value()) {
            case CODINGS -> t("analysis.matrix.chart.codings");
            case CHARACTERS -> t("analysis.matrix.chart.characters");
            case DOCUMENTS -> t("analysis.matrix.chart.documents");
        };
        return t("analysis.matrix.chart", columns, cells);
    }

    /** A choice of columns as the user reads it. */
    private static String columnsLabel(String choice) {
        if (choice.startsWith(ATTRIBUTE)) {
            return t("analysis.matrix.columns.attribute", choice.substring(ATTRIBUTE.length()));
        }
        return choice.equals(CASES) ? t("analysis.matrix.columns.cases") : t("analysis.matrix.columns.documents");
    }

    private void choose(int row, int column) {
        MatrixResult result = shown.result();
        String names = result.table().paths().get(row) + " × " + result.table().columns().get(column).label();
        support.compute(t("analysis.passages"), project -> AnalysisService.withText(project,
                CodeMatrix.passages(result.data(), result.table(), row, column)), found -> {
            passages.show(found, t("analysis.matrix.noCoding", names));
            support.say(t("analysis.matrix.codings", found.size(), names));
        });
    }

    AnalysisExports.Content content() {
        if (shown == null) {
            return null;
        }
        MatrixTable t = table();
        return new AnalysisExports.Content(AnalysisTables.matrix("matrix", t), AnalysisTables.matrixTidy(t),
                HeatmapChart.layout(HeatGrid.of(title(t.options()), t)),
                shown.provenance().withParameters(t.options().describe()));
    }

    private void attributes(List<String> names) {
        List<String> items = new ArrayList<>(List.of(DOCUMENTS, CASES));
        names.forEach(n -> items.add(ATTRIBUTE + n));
        support.replaceChoices(columns, items, DOCUMENTS);
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
}
