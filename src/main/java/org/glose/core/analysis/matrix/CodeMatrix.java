package org.glose.core.analysis.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.glose.core.analysis.data.CodeLabels;
import org.glose.core.analysis.data.CodedData;
import org.glose.core.analysis.data.Coverage;
import org.glose.core.analysis.data.Passage;
import org.glose.core.cases.AttributeValues;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeValue;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.InvalidInputException;

/**
 * Code × document, code × case and code × attribute value matrices as a pure function of {@link CodedData}
 * (docs/analysis.md). Counts are first made per (code, document), then summed over each column's documents.
 */
public final class CodeMatrix {

    private CodeMatrix() {
    }

    public static MatrixTable compute(CodedData data, MatrixOptions options) {
        List<MatrixColumn> columns = columns(data, options);
        CodeLabels labels = CodeLabels.of(data, options.withSubcodes());
        int k = labels.size();
        Map<Long, long[]> perDocument = perDocument(data, labels, options.value());
        long[] counts = new long[k * columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            for (long documentId : columns.get(j).documentIds()) {
                long[] own = perDocument.get(documentId);
                for (int i = 0; own != null && i < k; i++) {
                    counts[i * columns.size() + j] += own[i];
                }
            }
        }
        return new MatrixTable(data.codes(), data.codePaths(), columns, options, counts);
    }

    /** The codings behind a cell: those of the row's code (with sub-codes if asked) in the column's documents. */
    public static List<Passage> passages(CodedData data, MatrixTable table, int row, int column) {
        CodeLabels labels = CodeLabels.of(data, table.options().withSubcodes());
        Set<Long> documents = Set.copyOf(table.columns().get(column).documentIds());
        Map<Long, Document> byId = data.documentsById();
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < data.documents().size(); i++) {
            order.put(data.documents().get(i).id(), i);
        }
        return data.codings().stream()
                .filter(c -> documents.contains(c.documentId()) && contains(labels.of(c.codeId()), row))
                .sorted(Comparator.comparing((Coding c) -> order.get(c.documentId())).thenComparing(Coding::range)
                        .thenComparingLong(Coding::id))
                .map(c -> new Passage(c.documentId(), byId.get(c.documentId()).name(), c.range(), List.of(c.id()),
                        null))
                .toList();
    }

    /** Per document, per row: the counted quantity. */
    private static Map<Long, long[]> perDocument(CodedData data, CodeLabels labels, MatrixOptions.Value value) {
        int k = labels.size();
        Map<Long, List<Coding>> byDocument = new HashMap<>();
        data.codings().forEach(c -> byDocument.computeIfAbsent(c.documentId(), d -> new ArrayList<>()).add(c));
        Map<Long, long[]> result = new HashMap<>();
        byDocument.forEach((documentId, codings) -> {
            long[] counts = new long[k];
            if (value == MatrixOptions.Value.CHARACTERS) {
                List<List<Coding>> perRow = new ArrayList<>();
                for (int i = 0; i < k; i++) {
                    perRow.add(new ArrayList<>());
                }
                codings.forEach(c -> {
                    for (int row : labels.of(c.codeId())) {
                        perRow.get(row).add(c);
                    }
                });
                for (int i = 0; i < k; i++) {
                    counts[i] = Coverage.characters(perRow.get(i).stream().map(Coding::range).toList());
                }
            } else {
                for (Coding c : codings) {
                    for (int row : labels.of(c.codeId())) {
                        counts[row] = value == MatrixOptions.Value.DOCUMENTS ? 1 : counts[row] + 1;
                    }
                }
            }
            result.put(documentId, counts);
        });
        return result;
    }

    private static List<MatrixColumn> columns(CodedData data, MatrixOptions options) {
        List<MatrixColumn> columns = new ArrayList<>();
        switch (options.axis()) {
            case DOCUMENTS -> data.documents().forEach(d -> columns.add(new MatrixColumn(d.name(), List.of(d.id()))));
            case CASES -> data.cases().forEach(c -> columns.add(new MatrixColumn(c.name(),
                    data.caseDocuments().getOrDefault(c.id(), List.of()))));
            case ATTRIBUTE -> columns.addAll(attributeColumns(data, options.attribute()));
            default -> throw new IllegalStateException("Unknown axis " + options.axis());
        }
        return columns;
    }

    /**
     * One column per value of the attribute in the attribute's order (numbers by value, dates by time, choices in
     * their order, text alphabetically), then "(no value)" for documents none of whose cases has one.
     */
    private static List<MatrixColumn> attributeColumns(CodedData data, String name) {
        Attribute attribute = data.attribute(name).orElseThrow(() -> new InvalidInputException(
                "There is no case attribute \"" + name + "\" in the project."));
        Map<Long, String> valueOfCase = new HashMap<>();
        for (AttributeValue v : data.attributeValues()) {
            if (v.attributeId() == attribute.id()) {
                valueOfCase.put(v.caseId(), v.value());
            }
        }
        Map<String, Set<Long>> documentsOfValue = new TreeMap<>(AttributeValues.order(attribute));
        Set<Long> valued = new LinkedHashSet<>();
        for (ProjectCase c : data.cases()) {
            String value = valueOfCase.get(c.id());
            if (value != null) {
                List<Long> docs = data.caseDocuments().getOrDefault(c.id(), List.of());
                documentsOfValue.computeIfAbsent(value, v -> new LinkedHashSet<>()).addAll(docs);
                valued.addAll(docs);
            }
        }
        List<MatrixColumn> columns = new ArrayList<>();
        documentsOfValue.forEach((value, docs) -> columns.add(new MatrixColumn(value, List.copyOf(docs))));
        List<Long> rest = data.documents().stream().map(Document::id).filter(id -> !valued.contains(id)).toList();
        if (!rest.isEmpty()) {
            columns.add(new MatrixColumn(MatrixColumn.NO_VALUE, rest));
        }
        return columns;
    }

    private static boolean contains(int[] rows, int row) {
        for (int r : rows) {
            if (r == row) {
                return true;
            }
        }
        return false;
    }
}
