package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.glose.core.analysis.AnalysisService;
import org.glose.core.analysis.chart.BarChart;
import org.glose.core.analysis.chart.WordCloudChart;
import org.glose.core.analysis.data.AnalysisFilter;
import org.glose.core.analysis.data.AnalysisLoader;
import org.glose.core.analysis.data.CodedData;
import org.glose.core.analysis.data.Provenance;
import org.glose.core.analysis.frequency.CodeFrequencies;
import org.glose.core.analysis.frequency.CodeFrequency;
import org.glose.core.analysis.frequency.WordCount;
import org.glose.core.analysis.frequency.WordOptions;
import org.glose.core.analysis.table.AnalysisTable;
import org.glose.core.analysis.table.AnalysisTables;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "frequency", aliases = "frequencies", mixinStandardHelpOptions = true,
        description = {"Code frequencies (codings, documents, coded characters per code) or, with --words, word "
                + "frequencies of the documents or of one code's passages, without French and English stop "
                + "words. See docs/analysis.md."})
final class FrequencyCommand extends ProjectCommand {

    static final class What {
        @Option(names = "--codes", description = "Code frequencies (the default).")
        boolean codes;

        @Option(names = "--words", description = "Word frequencies.")
        boolean words;
    }

    @ArgGroup(exclusive = true)
    What what = new What();

    @Option(names = "--within", paramLabel = "CODE", description = "--words: only the passages coded with this code.")
    String within;

    @Option(names = "--min-length", defaultValue = "3", paramLabel = "N",
            description = "--words: the shortest word counted (default: ${DEFAULT-VALUE}).")
    int minLength;

    @Option(names = "--stem", description = "--words: count plural and feminine forms as one word (light stemming).")
    boolean stem;

    @Option(names = "--keep-stop-words", description = "--words: also count stop words (le, de, the, of...).")
    boolean keepStopWords;

    @Option(names = "--limit", defaultValue = "100", paramLabel = "N",
            description = "--words: the N most frequent words, 0 for all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--cloud", description = "--words: draw the chart (--svg, --png) as a word cloud, not bars.")
    boolean cloud;

    @Option(names = "--json", description = "Print [{code, depth, codings, documents, characters}], or with --words "
            + "[{word, count, documents}].")
    boolean json;

    @Mixin
    AnalysisFilterOptions filters;

    @Mixin
    TableOutput output;

    @JsonPropertyOrder({"code", "depth", "codings", "documents", "characters"})
    record CodeJson(String code, int depth, long codings, long documents, long characters) {
    }

    @JsonPropertyOrder({"word", "count", "documents"})
    record WordJson(String word, long count, long documents) {
    }

    @Override
    int run(OpenProject project) {
        return what.words ? words(project) : codes(project);
    }

    private int codes(OpenProject project) {
        AnalysisFilter filter = filters.filter();
        CodedData data = project.read(tx -> AnalysisLoader.load(tx, filter, false));
        List<CodeFrequency> rows = CodeFrequencies.compute(data, filters.subcodes);
        Provenance provenance = Provenance.of(TableOutput.version(), project.name(), data,
                Map.of("analysis", "code frequencies", "subcodes", Boolean.toString(filters.subcodes)));
        if (json) {
            JsonOutput.print(out(), rows.stream().map(r -> new CodeJson(r.path(), r.depth(), r.codings(),
                    r.documents(), r.characters())).toList());
        } else if (!output.csvToStdout()) {
            TextTable text = new TextTable("CODE", "CODINGS", "DOCUMENTS", "CHARACTERS");
            rows.forEach(r -> text.row(TextTable.oneLine("  ".repeat(r.depth()) + r.code().name(), 60), r.codings(),
                    r.documents(), r.characters()));
            text.print(out());
        }
        AnalysisTable table = AnalysisTables.codeFrequencies(rows);
        output.write(table, table, BarChart.layout("Codings per code", rows.stream().map(r -> r.code().name())
                .toList(), rows.stream().map(r -> (double) r.codings()).toList(), rows.stream()
                .map(CodeFrequency::depth).toList(), 0), provenance, out(), json || output.csvToStdout() ? null
                : out());
        return GloseCli.OK;
    }

    private int words(OpenProject project) {
        WordOptions options = new WordOptions(minLength, !keepStopWords, stem, limit);
        AnalysisFilter filter = filters.filter();
        List<WordCount> words = AnalysisService.words(project, filter, within, filters.subcodes, options);
        CodedData data = project.read(tx -> AnalysisLoader.load(tx, filter, false));
        Map<String, String> parameters = new java.util.LinkedHashMap<>(options.describe());
        if (within != null) {
            parameters.put("within", within);
        }
        Provenance provenance = Provenance.of(TableOutput.version(), project.name(), data, parameters);
        if (json) {
            JsonOutput.print(out(), words.stream().map(w -> new WordJson(w.word(), w.count(), w.documents())).toList());
        } else if (!output.csvToStdout()) {
            TextTable text = new TextTable("WORD", "COUNT", "DOCUMENTS");
            words.forEach(w -> text.row(w.word(), w.count(), w.documents()));
            text.print(out());
        }
        List<WordCount> charted = words.subList(0, Math.min(40, words.size()));
        AnalysisTable table = AnalysisTables.words(words);
        output.write(table, table, cloud ? WordCloudChart.layout("Most frequent words", words.subList(0,
                Math.min(100, words.size()))) : BarChart.layout("Most frequent words", charted.stream()
                .map(WordCount::word).toList(), charted.stream().map(w -> (double) w.count()).toList(), null, 0),
                provenance, out(),
                json || output.csvToStdout() ? null : out());
        return GloseCli.OK;
    }
}
