package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.glose.core.analysis.AnalysisService;
import org.glose.core.analysis.AnalysisService.MatrixResult;
import org.glose.core.analysis.chart.CellFormat;
import org.glose.core.analysis.chart.HeatGrid;
import org.glose.core.analysis.chart.HeatmapChart;
import org.glose.core.analysis.data.Passage;
import org.glose.core.analysis.matrix.CodeMatrix;
import org.glose.core.analysis.matrix.MatrixColumn;
import org.glose.core.analysis.matrix.MatrixOptions;
import org.glose.core.analysis.matrix.MatrixTable;
import org.glose.core.analysis.saved.AnalysisSettings;
import org.glose.core.analysis.table.AnalysisTables;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = {"A code matrix: codes down, documents, cases or the values of a case attribute across; each "
                + "cell counts codings, coded characters or documents, optionally as a row or column percentage. "
                + "See docs/analysis.md."})
final class MatrixCommand extends ProjectCommand {

    @Option(names = "--rows", defaultValue = "codes", paramLabel = "ROWS", description = "codes (the only rows).")
    String rows;

    @Option(names = "--columns", defaultValue = "documents", paramLabel = "COLUMNS",
            description = "documents, cases or attribute:NAME (default: ${DEFAULT-VALUE}).")
    String columns;

    @Option(names = "--value", defaultValue = "codings", paramLabel = "VALUE",
            description = "codings, characters or documents (default: ${DEFAULT-VALUE}).")
    String value;

    @Option(names = "--percent", defaultValue = "none", paramLabel = "WHICH",
            description = "none, row or column (default: ${DEFAULT-VALUE}).")
    String percent;

    @Option(names = "--passages", arity = "2", paramLabel = "CODE COLUMN",
            description = "List the codings behind one cell: a code and a column heading.")
    List<String> passages;

    @Option(names = "--json", description = "Print {columns, value, percent, codes:[path...], headings:[...], "
            + "matrix:[[...]]}.")
    boolean json;

    @Mixin
    AnalysisFilterOptions filters;

    @Mixin
    AnalysisRun analysis;

    @JsonPropertyOrder({"columns", "value", "percent", "codes", "headings", "matrix"})
    record MatrixJson(String columns, String value, String percent, List<String> codes, List<String> headings,
                      List<List<Number>> matrix) {
    }

    /** The settings given on the command line (what --save keeps). */
    AnalysisSettings.Matrix settings() {
        if (!rows.strip().equalsIgnoreCase("codes")) {
            throw new InvalidInputException("The rows \"" + rows + "\" are not codes, the only rows a matrix has.");
        }
        return new AnalysisSettings.Matrix(filters.filter(), MatrixOptions.columns(columns)
                .withValue(MatrixOptions.Value.parse(value)).withPercent(MatrixOptions.Percent.parse(percent))
                .withSubcodes(filters.subcodes));
    }

    @Override
    int run(OpenProject project) {
        AnalysisSettings.Matrix settings = settings();
        MatrixOptions options = settings.options();
        MatrixResult result = AnalysisService.matrix(project, settings.filter(), options);
        MatrixTable table = result.table();
        if (passages != null) {
            analysis.refuseSave("--passages");
            return passages(project, result);
        }
        if (json) {
            JsonOutput.print(out(), json(table));
        } else if (!analysis.quiet(false)) {
            human(table);
        }
        analysis.finish(project, settings, result.data(), options.describe(), AnalysisTables.matrix("matrix", table),
                AnalysisTables.matrixTidy(table), HeatmapChart.layout(HeatGrid.of("Codes × " + options.columnsKey()
                        + " — " + options.value().key(), table)), json, out());
        return GloseCli.OK;
    }

    static MatrixJson json(MatrixTable table) {
        MatrixOptions o = table.options();
        List<List<Number>> matrix = new ArrayList<>();
        for (int i = 0; i < table.rows(); i++) {
            List<Number> row = new ArrayList<>();
            for (int j = 0; j < table.columnCount(); j++) {
                OptionalDouble v = table.value(i, j);
                row.add(v.isEmpty() ? null : o.percent() == MatrixOptions.Percent.NONE
                        ? (Number) Long.valueOf(table.count(i, j)) : (Number) v.getAsDouble());
            }
            matrix.add(row);
        }
        return new MatrixJson(o.columnsKey(), o.value().key(), o.percent().key(), table.paths(),
                table.columns().stream().map(MatrixColumn::label).toList(), matrix);
    }

    private void human(MatrixTable table) {
        int decimals = table.options().percent() == MatrixOptions.Percent.NONE ? 0 : 1;
        List<String> header = new ArrayList<>(List.of("CODE"));
        for (int j = 0; j < table.columnCount(); j++) {
            header.add("[" + (j + 1) + "]");
        }
        TextTable text = new TextTable(header.toArray(String[]::new));
        for (int i = 0; i < table.rows(); i++) {
            List<Object> row = new ArrayList<>(List.of(TextTable.oneLine(table.paths().get(i), 50)));
            for (int j = 0; j < table.columnCount(); j++) {
                row.add(CellFormat.format(table.value(i, j), decimals));
            }
            text.row(row.toArray());
        }
        text.print(out());
        for (int j = 0; j < table.columnCount(); j++) {
            out().println("[" + (j + 1) + "] " + table.columns().get(j).label());
        }
        out().println("Cells: " + table.options().value().key() + (table.options().percent()
                == MatrixOptions.Percent.NONE ? "" : ", % of the " + table.options().percent().key() + " total")
                + "; — means undefined.");
    }

    private int passages(OpenProject project, MatrixResult result) {
        MatrixTable table = result.table();
        int row = AnalysisService.row(result.data(), passages.get(0));
        int column = -1;
        for (int j = 0; j < table.columnCount(); j++) {
            if (table.columns().get(j).label().equals(passages.get(1))) {
                column = j;
            }
        }
        if (column < 0) {
            throw new InvalidInputException("There is no column \"" + passages.get(1) + "\" in this matrix.");
        }
        List<Passage> found = AnalysisService.withText(project, CodeMatrix.passages(result.data(), table, row,
                column));
        AnalysisRun.printPassages(found, json, found.size() + " coding(s) of " + passages.get(0) + " in "
                + passages.get(1) + ".", out());
        return GloseCli.OK;
    }
}
