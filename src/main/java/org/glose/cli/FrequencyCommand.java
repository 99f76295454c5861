package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.glose.core.analysis.AnalysisService;
import org.glose.core.analysis.chart.BarChart;
import org.glose.core.analysis.chart.WordCloudChart;
import org.glose.core.analysis.data.AnalysisLoader;
import org.glose.core.analysis.data.CodedData;
import org.glose.core.analysis.frequency.CodeFrequencies;
import org.glose.core.analysis.frequency.CodeFrequency;
import org.glose.core.analysis.frequency.WordCount;
import org.glose.core.analysis.frequency.WordOptions;
import org.glose.core.analysis.saved.AnalysisSettings;
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
    AnalysisRun analysis;

    @JsonPropertyOrder({"code", "depth", "codings", "documents", "characters"})
    record CodeJson(String code, int depth, long codings, long documents, long characters) {
    }

    @JsonPropertyOrder({"word", "count", "documents"})
    record WordJson(String word, long count, long documents) {
    }

    /** The settings given on the command line (what --save keeps). */
    AnalysisSettings settings() {
        if (!what.words) {
            return new AnalysisSettings.CodeFrequency(filters.filter(), filters.subcodes);
        }
        return new AnalysisSettings.WordFrequency(filters.filter(), new WordOptions(minLength, !keepStopWords, stem,
                limit), within, filters.subcodes);
    }

    @Override
    int run(OpenProject project) {
        AnalysisSettings settings = settings();
        if (settings instanceof AnalysisSettings.WordFrequency w) {
            return words(project, w);
        }
        return codes(project, (AnalysisSettings.CodeFrequency) settings);
    }

    private int codes(OpenProject project, AnalysisSettings.CodeFrequency settings) {
        CodedData data = project.read(tx -> AnalysisLoader.load(tx, settings.filter(), false));
        List<CodeFrequency> rows = CodeFrequencies.compute(data, settings.withSubcodes());
        if (json) {
            JsonOutput.print(out(), rows.stream().map(r -> new CodeJson(r.path(), r.depth(), r.codings(),
                    r.documents(), r.characters())).toList());
        } else if (!analysis.quiet(false)) {
            TextTable text = new TextTable("CODE", "CODINGS", "DOCUMENTS", "CHARACTERS");
            rows.forEach(r -> text.row(TextTable.oneLine("  ".repeat(r.depth()) + r.code().name(), 60), r.codings(),
                    r.documents(), r.characters()));
            text.print(out());
        }
        AnalysisTable table = AnalysisTables.codeFrequencies(rows);
        analysis.finish(project, settings, data, Map.of("analysis", "code frequencies", "subcodes",
                Boolean.toString(settings.withSubcodes())), table, table, BarChart.layout("Codings per code",
                rows.stream().map(r -> r.code().name()).toList(), rows.stream().map(r -> (double) r.codings())
                        .toList(), rows.stream().map(CodeFrequency::depth).toList(), 0), json, out());
        return GloseCli.OK;
    }

    private int words(OpenProject project, AnalysisSettings.WordFrequency settings) {
        WordOptions options = settings.options();
        List<WordCount> words = AnalysisService.words(project, settings.filter(), settings.within(),
                settings.withSubcodes(), options);
        CodedData data = project.read(tx -> AnalysisLoader.load(tx, settings.filter(), false));
        Map<String, String> parameters = new java.util.LinkedHashMap<>(options.describe());
        if (settings.within() != null) {
            parameters.put("within", settings.within());
        }
        if (json) {
            JsonOutput.print(out(), words.stream().map(w -> new WordJson(w.word(), w.count(), w.documents())).toList());
        } else if (!analysis.quiet(false)) {
            TextTable text = new TextTable("WORD", "COUNT", "DOCUMENTS");
            words.forEach(w -> text.row(w.word(), w.count(), w.documents()));
            text.print(out());
        }
        List<WordCount> charted = words.subList(0, Math.min(40, words.size()));
        AnalysisTable table = AnalysisTables.words(words);
        analysis.finish(project, settings, data, parameters, table, table, cloud
                ? WordCloudChart.layout("Most frequent words", words.subList(0, Math.min(100, words.size())))
                : BarChart.layout("Most frequent words", charted.stream().map(WordCount::word).toList(),
                charted.stream().map(w -> (double) w.count()).toList(), null, 0), json, out());
        return GloseCli.OK;
    }
}
