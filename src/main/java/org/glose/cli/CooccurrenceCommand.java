package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.glose.core.analysis.AnalysisService;
import org.glose.core.analysis.AnalysisService.CoOccurrenceResult;
import org.glose.core.analysis.ProjectReports;
import org.glose.core.analysis.chart.CellFormat;
import org.glose.core.analysis.chart.HeatGrid;
import org.glose.core.analysis.chart.HeatmapChart;
import org.glose.core.analysis.cooccurrence.ClusterOrder;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceTable;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.data.Passage;
import org.glose.core.analysis.saved.AnalysisSettings;
import org.glose.core.analysis.table.AnalysisTables;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "cooccurrence", mixinStandardHelpOptions = true,
        description = {"Code co-occurrence: how often two codes occur together (overlapping codings, codings near "
                + "each other, or in the same paragraph, document or case), as counts, c-coefficients or Jaccard "
                + "indices. Without --json or --csv, the pairs that co-occur, most first. See docs/analysis.md."})
final class CooccurrenceCommand extends ProjectCommand {

    @Mixin
    CooccurrenceOptions cooccurrence;

    @Option(names = "--order", defaultValue = "tree", paramLabel = "ORDER",
            description = "tree (codebook order) or cluster (codes that occur together side by side).")
    String order;

    @Option(names = "--passages", arity = "2", paramLabel = "CODE",
            description = "List the passages where these two codes occur together, instead of the table.")
    List<String> passages;

    @Option(names = "--json", description = "Print {unit, measure, codes:[path...], matrix:[[...]]}.")
    boolean json;

    @Mixin
    AnalysisFilterOptions filters;

    @Mixin
    AnalysisRun analysis;

    /** The {@code --json} document; undefined values are null. */
    @JsonPropertyOrder({"unit", "measure", "codes", "matrix"})
    record CooccurrenceJson(String unit, String measure, List<String> codes, List<List<Number>> matrix) {
    }

    /** The settings given on the command line (what --save keeps). */
    AnalysisSettings.CoOccurrence settings() {
        boolean clustered = switch (order.strip().toLowerCase(Locale.ROOT)) {
            case "tree" -> false;
            case "cluster" -> true;
            default -> throw new InvalidInputException("The order \"" + order + "\" is not one of tree, cluster.");
        };
        return new AnalysisSettings.CoOccurrence(filters.filter(), cooccurrence.options(filters.subcodes), clustered);
    }

    @Override
    int run(OpenProject project) {
        AnalysisSettings.CoOccurrence settings = settings();
        CoOccurrenceOptions options = settings.options();
        CoOccurrenceResult result = AnalysisService.cooccurrence(project, settings.filter(), options);
        CoOccurrenceTable table = result.table();
        if (passages != null) {
            analysis.refuseSave("--passages");
            List<Passage> found = AnalysisService.cooccurrencePassages(project, result, passages.get(0),
                    passages.get(1));
            AnalysisRun.printPassages(found, json, found.size() + " passage(s) where " + passages.get(0) + " and "
                    + passages.get(1) + " occur together.", out());
            return GloseCli.OK;
        }
        int[] ordering = settings.clustered() ? ClusterOrder.of(table) : ClusterOrder.tree(table.size());
        if (json) {
            JsonOutput.print(out(), json(table, ordering));
        } else if (!analysis.quiet(false)) {
            human(table);
        }
        Map<String, String> parameters = new LinkedHashMap<>(options.describe());
        parameters.put("order", settings.clustered() ? "cluster" : "tree");
        analysis.finish(project, settings, result.data(), parameters, AnalysisTables.cooccurrence(table, ordering),
                AnalysisTables.cooccurrenceTidy(table), HeatmapChart.layout(HeatGrid.of(ProjectReports.title(options),
                        table, ordering)), json, out());
        return GloseCli.OK;
    }

    static CooccurrenceJson json(CoOccurrenceTable table, int[] ordering) {
        List<String> codes = new ArrayList<>();
        List<List<Number>> matrix = new ArrayList<>();
        for (int p : ordering) {
            codes.add(table.paths().get(p));
            List<Number> row = new ArrayList<>();
            for (int q : ordering) {
                OptionalDouble v = table.value(p, q);
                row.add(v.isEmpty() ? null : table.measure().isRatio() ? (Number) v.getAsDouble()
                        : (Number) Long.valueOf(table.count(p, q)));
            }
            matrix.add(row);
        }
        return new CooccurrenceJson(table.options().unit().key(), table.measure().key(), codes, matrix);
    }

    private void human(CoOccurrenceTable table) {
        CoOccurrenceOptions o = table.options();
        out().println("Co-occurrence of " + table.size() + " code(s), unit " + o.unit().key()
                + (o.unit() == CoOccurrenceUnit.NEAR ? " (" + o.distance() + " characters)" : "")
                + ", measure " + o.measure().key() + (o.withSubcodes() ? ", with sub-codes" : "") + ".");
        record Pair(int a, int b, double value) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            for (int j = i + 1; j < table.size(); j++) {
                if (table.count(i, j) > 0) {
                    pairs.add(new Pair(i, j, table.value(i, j).orElse(Double.NaN)));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.value()).thenComparingInt(Pair::a)
                .thenComparingInt(Pair::b));
        int decimals = table.measure().isRatio() ? 3 : 0;
        TextTable text = new TextTable("CODE A", "CODE B", "N A", "N B", "BOTH", table.measure().key().toUpperCase(
                Locale.ROOT));
        for (Pair p : pairs) {
            text.row(TextTable.oneLine(table.paths().get(p.a()), 50), TextTable.oneLine(table.paths().get(p.b()), 50),
                    table.total(p.a()), table.total(p.b()), table.count(p.a(), p.b()),
                    CellFormat.format(table.value(p.a(), p.b()), decimals));
        }
        if (!pairs.isEmpty()) {
            text.print(out());
        }
        out().println(pairs.size() + " pair(s) of codes co-occur; the others are 0. N is "
                + (o.unit().countsPairs() ? "the number of codings" : "the number of " + o.unit().key()
                + "s holding the code") + "; — means undefined.");
    }
}
