package org.glose.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glose.core.analysis.cooccurrence.CoOccurrence;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrencePassages;
import org.glose.core.analysis.cooccurrence.CoOccurrenceTable;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.data.AnalysisFilter;
import org.glose.core.analysis.data.AnalysisLoader;
import org.glose.core.analysis.data.CodeLabels;
import org.glose.core.analysis.data.CodedData;
import org.glose.core.analysis.data.Coverage;
import org.glose.core.analysis.data.Passage;
import org.glose.core.analysis.frequency.WordCount;
import org.glose.core.analysis.frequency.WordFrequencies;
import org.glose.core.analysis.frequency.WordOptions;
import org.glose.core.analysis.frequency.WordSource;
import org.glose.core.analysis.matrix.CodeMatrix;
import org.glose.core.analysis.matrix.MatrixOptions;
import org.glose.core.analysis.matrix.MatrixTable;
import org.glose.core.coding.CodeRefs;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.project.Tx;
import org.glose.core.text.TextRange;

/**
 * What the window and the command line call: each method loads the filtered data in one short read
 * ({@link AnalysisLoader}) and then runs the pure analysis on it, outside the transaction. Results keep their data
 * so that a cell's passages (drill-down) and an export's provenance use exactly what was computed.
 */
public final class AnalysisService {

    private AnalysisService() {
    }

    public record CoOccurrenceResult(CodedData data, CoOccurrenceTable table) {
    }

    public record MatrixResult(CodedData data, MatrixTable table) {
    }

    public static CoOccurrenceResult cooccurrence(OpenProject project, AnalysisFilter filter,
                                                  CoOccurrenceOptions options) {
        CodedData data = project.read(tx -> AnalysisLoader.load(tx, filter,
                options.unit() == CoOccurrenceUnit.PARAGRAPH));
        return new CoOccurrenceResult(data, CoOccurrence.compute(data, options));
    }

    /** The passages of a cell, with their text, for codes given by path or id. */
    public static List<Passage> cooccurrencePassages(OpenProject project, CoOccurrenceResult result, String codeA,
                                                     String codeB) {
        int a = row(result.data(), codeA);
        int b = row(result.data(), codeB);
        if (a == b) {
            throw new InvalidInputException("Give two different codes to list the passages where both occur.");
        }
        return withText(project, CoOccurrencePassages.between(result.data(), result.table().options(), a, b));
    }

    public static MatrixResult matrix(OpenProject project, AnalysisFilter filter, MatrixOptions options) {
        CodedData data = project.read(tx -> AnalysisLoader.load(tx, filter, false));
        return new MatrixResult(data, CodeMatrix.compute(data, options));
    }

    /** The row of a code (path or id) among the analysed codes; refused when it is not analysed. */
    public static int row(CodedData data, String ref) {
        Code code = CodeRefs.resolve(data.codebook(), ref);
        int row = data.codes().indexOf(code);
        if (row < 0) {
            throw new InvalidInputException("The code \"" + ref + "\" is outside the analysed codes.");
        }
        return row;
    }

    /** Word frequencies of the analysed documents or, with {@code withinCode}, of the passages of that code. */
    public static List<WordCount> words(OpenProject project, AnalysisFilter filter, String withinCode,
                                        boolean withSubcodes, WordOptions options) {
        List<WordSource> sources = project.read(tx -> wordSources(tx, AnalysisLoader.load(tx, filter, false),
                withinCode, withSubcodes));
        return WordFrequencies.count(sources, options);
    }

    static List<WordSource> wordSources(Tx tx, CodedData data, String withinCode, boolean withSubcodes) {
        List<WordSource> sources = new ArrayList<>();
        if (withinCode == null || withinCode.isBlank()) {
            for (Document d : data.documents()) {
                sources.add(new WordSource(d.id(), tx.documents().text(d.id()), isEnglish(d)));
            }
            return sources;
        }
        int row = row(data, withinCode);
        CodeLabels labels = CodeLabels.of(data, withSubcodes);
        Map<Long, List<TextRange>> ranges = new HashMap<>();
        for (Coding c : data.codings()) {
            for (int r : labels.of(c.codeId())) {
                if (r == row) {
                    ranges.computeIfAbsent(c.documentId(), d -> new ArrayList<>()).add(c.range());
                }
            }
        }
        for (Document d : data.documents()) {
            List<TextRange> own = ranges.get(d.id());
            if (own != null) {
                String text = tx.documents().text(d.id());
                for (TextRange r : Coverage.union(own)) {
                    sources.add(new WordSource(d.id(), r.of(text), isEnglish(d)));
                }
            }
        }
        return sources;
    }

    private static boolean isEnglish(Document d) {
        return d.language() != null && d.language().toLowerCase(java.util.Locale.ROOT).startsWith("en");
    }

    /** The passages with their text read from the project (one read for all). */
    public static List<Passage> withText(OpenProject project, List<Passage> passages) {
        return project.read(tx -> {
            Map<Long, String> texts = new HashMap<>();
            List<Passage> filled = new ArrayList<>();
            for (Passage p : passages) {
                String text = texts.computeIfAbsent(p.documentId(), id -> tx.documents().text(id));
                filled.add(p.withText(p.range().of(text)));
            }
            return filled;
        });
    }
}
