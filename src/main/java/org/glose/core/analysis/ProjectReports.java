package org.glose.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glose.core.analysis.chart.HeatGrid;
import org.glose.core.analysis.chart.HeatmapChart;
import org.glose.core.analysis.chart.SvgWriter;
import org.glose.core.analysis.cooccurrence.ClusterOrder;
import org.glose.core.analysis.cooccurrence.CoOccurrence;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceTable;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.data.AnalysisFilter;
import org.glose.core.analysis.data.AnalysisLoader;
import org.glose.core.analysis.data.CodedData;
import org.glose.core.analysis.data.Provenance;
import org.glose.core.analysis.frequency.CodeFrequencies;
import org.glose.core.analysis.matrix.CodeMatrix;
import org.glose.core.analysis.matrix.MatrixOptions;
import org.glose.core.analysis.matrix.MatrixTable;
import org.glose.core.analysis.table.AnalysisTable;
import org.glose.core.analysis.table.AnalysisTables;
import org.glose.core.analysis.table.TableCell;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.OpenProject;

/**
 * Builds the project report and the export workbook's tables from one read of the project, so that every part of
 * one report or workbook comes from the same data (and one provenance describes them all).
 */
public final class ProjectReports {

    private ProjectReports() {
    }

    /** What one read gives: the filtered data and the texts of its documents. */
    private record Snapshot(String name, CodedData data, Map<Long, String> texts) {
    }

    private static Snapshot read(OpenProject project, AnalysisFilter filter, CoOccurrenceOptions options) {
        return project.read(tx -> {
            CodedData data = AnalysisLoader.load(tx, filter, options.unit() == CoOccurrenceUnit.PARAGRAPH);
            Map<Long, String> texts = new HashMap<>();
            data.documents().forEach(d -> texts.put(d.id(), tx.documents().text(d.id())));
            return new Snapshot(project.name(), data, texts);
        });
    }

    public static ProjectReport report(OpenProject project, AnalysisFilter filter, CoOccurrenceOptions options,
                                       String gloseVersion) {
        Snapshot s = read(project, filter, options);
        CodedData data = s.data();
        CoOccurrenceTable table = CoOccurrence.compute(data, options);
        int[] order = ClusterOrder.of(table);
        MatrixTable byDocument = CodeMatrix.compute(data, MatrixOptions.of(MatrixOptions.Axis.DOCUMENTS)
                .withSubcodes(options.withSubcodes()));
        Map<String, String> parameters = parameters("project report", options);
        Provenance provenance = Provenance.of(gloseVersion, s.name(), data, parameters);
        String svg = SvgWriter.write(HeatmapChart.layout(HeatGrid.of(title(options), table, order)),
                provenance.lines());
        Map<Long, Document> documents = data.documentsById();
        Map<Long, List<ProjectReport.Extract>> extracts = new HashMap<>();
        for (Coding c : data.codings()) {
            extracts.computeIfAbsent(c.codeId(), k -> new ArrayList<>()).add(new ProjectReport.Extract(
                    documents.get(c.documentId()).name(), c.range(), data.coderName(c.coderId()),
                    c.range().of(s.texts().get(c.documentId()))));
        }
        List<ProjectReport.Entry> codebook = new ArrayList<>();
        for (Code code : data.codes()) {
            codebook.add(new ProjectReport.Entry(code, data.pathOf(code), data.codebook().depth(code.id()),
                    extracts.getOrDefault(code.id(), List.of())));
        }
        return new ProjectReport(s.name(), provenance, codebook,
                CodeFrequencies.compute(data, options.withSubcodes()), byDocument, table, order, svg);
    }

    /** A heatmap title saying what the numbers are. */
    public static String title(CoOccurrenceOptions o) {
        String unit = o.unit() == CoOccurrenceUnit.NEAR ? "near (" + o.distance() + " characters)" : o.unit().key();
        return "Code co-occurrence — " + unit + ", " + o.measure().key() + (o.withSubcodes() ? ", with sub-codes" : "");
    }

    /** The export workbook: codes, documents, codings, code × document, co-occurrence (and the long form). */
    public record Workbook(List<AnalysisTable> tables, Provenance provenance) {
    }

    public static Workbook workbook(OpenProject project, AnalysisFilter filter, CoOccurrenceOptions options,
                                    String gloseVersion) {
        Snapshot s = read(project, filter, options);
        CodedData data = s.data();
        CoOccurrenceTable table = CoOccurrence.compute(data, options);
        MatrixTable byDocument = CodeMatrix.compute(data, MatrixOptions.of(MatrixOptions.Axis.DOCUMENTS)
                .withSubcodes(options.withSubcodes()));
        List<AnalysisTable> tables = new ArrayList<>();
        tables.add(AnalysisTables.codeFrequencies(CodeFrequencies.compute(data, options.withSubcodes()))
                .renamed("codes"));
        tables.add(documents(data));
        tables.add(codings(data, s.texts()));
        tables.add(AnalysisTables.matrix("code × document", byDocument));
        tables.add(AnalysisTables.cooccurrence(table, ClusterOrder.tree(table.size())));
        tables.add(AnalysisTables.cooccurrenceTidy(table));
        Map<String, String> parameters = parameters("project tables", options);
        return new Workbook(tables, Provenance.of(gloseVersion, s.name(), data, parameters));
    }

    private static AnalysisTable documents(CodedData data) {
        Map<Long, Integer> codings = new HashMap<>();
        data.codings().forEach(c -> codings.merge(c.documentId(), 1, Integer::sum));
        List<List<TableCell>> rows = new ArrayList<>();
        for (Document d : data.documents()) {
            rows.add(List.of(TableCell.text(d.name()), TableCell.text(d.format()), TableCell.number(d.length(), 0),
                    d.pages() == null ? TableCell.text("") : TableCell.number(d.pages(), 0),
                    TableCell.text(d.language()), TableCell.number(codings.getOrDefault(d.id(), 0), 0)));
        }
        return AnalysisTable.list("documents", List.of("document", "format", "length", "pages", "language",
                "codings"), rows);
    }

    private static AnalysisTable codings(CodedData data, Map<Long, String> texts) {
        Map<Long, Document> documents = data.documentsById();
        Map<Long, String> paths = new HashMap<>();
        data.codes().forEach(c -> paths.put(c.id(), data.pathOf(c)));
        List<List<TableCell>> rows = new ArrayList<>();
        for (Coding c : data.codings()) {
            rows.add(List.of(TableCell.text(documents.get(c.documentId()).name()), TableCell.text(paths.get(c.codeId())),
                    TableCell.text(data.coderName(c.coderId())), TableCell.number(c.range().start(), 0),
                    TableCell.number(c.range().end(), 0), TableCell.text(c.range().of(texts.get(c.documentId())))));
        }
        return AnalysisTable.list("codings", List.of("document", "code", "coder", "start", "end", "text"), rows);
    }

    /** The analysis's name, then the co-occurrence options (unit, distance, measure, sub-codes). */
    private static Map<String, String> parameters(String analysis, CoOccurrenceOptions options) {
        Map<String, String> parameters = new LinkedHashMap<>(options.describe());
        parameters.put("analysis", analysis);
        return parameters;
    }
}
