package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.glose.core.analysis.chart.ChartScene;
import org.glose.core.analysis.data.CodedData;
import org.glose.core.analysis.data.Passage;
import org.glose.core.analysis.data.Provenance;
import org.glose.core.analysis.saved.AnalysisSettings;
import org.glose.core.analysis.saved.SaveAnalysis;
import org.glose.core.analysis.table.AnalysisTable;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What the analysis commands (cooccurrence, matrix, frequency) share once they have a result: {@code --json},
 * the file outputs, {@code --save NAME}, and the listing of a cell's passages (drill-down).
 */
final class AnalysisRun {

    @Option(names = "--save", paramLabel = "NAME",
            description = "Also save these settings and filters under NAME, to run again with: analyses --run NAME.")
    String save;

    @Mixin
    TableOutput output;

    /** One passage in {@code --passages --json}. */
    @JsonPropertyOrder({"document", "start", "end", "text"})
    record PassageJson(String document, int start, int end, String text) {
    }

    /** True when standard output holds only machine-readable output (JSON, or CSV without a file). */
    boolean quiet(boolean json) {
        return json || output.csvToStdout();
    }

    /**
     * Writes the files asked for (announcing them unless {@code json}) and saves the settings if asked; called
     * after the result was printed, so that nothing is saved for an analysis that failed.
     */
    void finish(OpenProject project, AnalysisSettings settings, CodedData data, Map<String, String> parameters,
                AnalysisTable wide, AnalysisTable tidy, ChartScene chart, boolean json, PrintWriter out) {
        Provenance provenance = Provenance.of(TableOutput.version(), project.name(), data, parameters);
        output.write(wide, tidy, chart, provenance, out, quiet(json) ? null : out);
        if (save != null) {
            project.execute(SaveAnalysis.save(save, settings));
            if (!quiet(json)) {
                out.println("Saved the analysis as \"" + save.strip() + "\".");
            }
        }
    }

    /** {@code --save} keeps the settings of a table: refused with an option that shows something else. */
    void refuseSave(String option) {
        if (save != null) {
            throw new InvalidInputException("--save keeps the settings of a table; leave it out with " + option
                    + ".");
        }
    }

    /** Prints a cell's passages as a table and a summary line, or as JSON. */
    static void printPassages(List<Passage> found, boolean json, String summary, PrintWriter out) {
        if (json) {
            JsonOutput.print(out, found.stream().map(p -> new PassageJson(p.documentName(), p.range().start(),
                    p.range().end(), p.text())).toList());
            return;
        }
        TextTable text = new TextTable("DOCUMENT", "RANGE", "TEXT");
        for (Passage p : found) {
            text.row(p.documentName(), "[" + p.range().start() + ", " + p.range().end() + ")",
                    TextTable.oneLine(p.text(), 80));
        }
        if (!found.isEmpty()) {
            text.print(out);
        }
        out.println(summary);
    }
}
