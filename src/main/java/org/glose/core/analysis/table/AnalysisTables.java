package org.glose.core.analysis.table;

import java.util.ArrayList;
import java.util.List;
import org.glose.core.analysis.cooccurrence.CoOccurrenceTable;
import org.glose.core.analysis.frequency.CodeFrequency;
import org.glose.core.analysis.frequency.WordCount;
import org.glose.core.analysis.matrix.MatrixColumn;
import org.glose.core.analysis.matrix.MatrixOptions;
import org.glose.core.analysis.matrix.MatrixTable;

/**
 * Turns analysis results into {@link AnalysisTable}s: a wide table as shown on screen, and a tidy long table (one
 * observation per row) ready for R and pandas.
 */
public final class AnalysisTables {

    private AnalysisTables() {
    }

    /** The co-occurrence matrix, codes in the given order, the measure's values (undefined as "—"). */
    public static AnalysisTable cooccurrence(CoOccurrenceTable table, int[] order) {
        List<String> header = new ArrayList<>();
        header.add("code");
        for (int p : order) {
            header.add(table.paths().get(p));
        }
        int decimals = table.measure().isRatio() ? 4 : 0;
        List<List<TableCell>> rows = new ArrayList<>();
        for (int p : order) {
            List<TableCell> row = new ArrayList<>();
            row.add(TableCell.text(table.paths().get(p)));
            for (int q : order) {
                row.add(TableCell.of(table.value(p, q), decimals));
            }
            rows.add(row);
        }
        return new AnalysisTable("co-occurrence", header, rows, 1, true, true);
    }

    /** One row per pair of different codes (each pair once): both totals, the count and the measure's value. */
    public static AnalysisTable cooccurrenceTidy(CoOccurrenceTable table) {
        String measure = table.measure().key();
        List<String> header = new ArrayList<>(List.of("code_a", "code_b", "n_a", "n_b", "count"));
        if (table.measure().isRatio()) {
            header.add(measure);
        }
        List<List<TableCell>> rows = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            for (int j = i + 1; j < table.size(); j++) {
                List<TableCell> row = new ArrayList<>(List.of(TableCell.text(table.paths().get(i)),
                        TableCell.text(table.paths().get(j)), TableCell.number(table.total(i), 0),
                        TableCell.number(table.total(j), 0), TableCell.number(table.count(i, j), 0)));
                if (table.measure().isRatio()) {
                    row.add(TableCell.of(table.value(i, j), 4));
                }
                rows.add(row);
            }
        }
        return new AnalysisTable("co-occurrence (long)", header, rows, 2, false, false);
    }

    /** The matrix as shown: codes down, columns across, values (counts or percentages). */
    public static AnalysisTable matrix(String name, MatrixTable table) {
        List<String> header = new ArrayList<>();
        header.add("code");
        table.columns().forEach(c -> header.add(c.label()));
        int decimals = table.options().percent() == MatrixOptions.Percent.NONE ? 0 : 2;
        List<List<TableCell>> rows = new ArrayList<>();
        for (int i = 0; i < table.rows(); i++) {
            List<TableCell> row = new ArrayList<>();
            row.add(TableCell.text(table.paths().get(i)));
            for (int j = 0; j < table.columnCount(); j++) {
                row.add(TableCell.of(table.value(i, j), decimals));
            }
            rows.add(row);
        }
        return new AnalysisTable(name, header, rows, 1, true, false);
    }

    /** One row per (code, column): the count and, with a percentage, its value. */
    public static AnalysisTable matrixTidy(MatrixTable table) {
        MatrixOptions o = table.options();
        List<String> header = new ArrayList<>(List.of("code", o.axis() == MatrixOptions.Axis.ATTRIBUTE
                ? o.attribute() : o.axis() == MatrixOptions.Axis.CASES ? "case" : "document", o.value().key()));
        if (o.percent() != MatrixOptions.Percent.NONE) {
            header.add(o.percent().key() + "_percent");
        }
        List<List<TableCell>> rows = new ArrayList<>();
        for (int i = 0; i < table.rows(); i++) {
            for (int j = 0; j < table.columnCount(); j++) {
                MatrixColumn column = table.columns().get(j);
                List<TableCell> row = new ArrayList<>(List.of(TableCell.text(table.paths().get(i)),
                        TableCell.text(column.label()), TableCell.number(table.count(i, j), 0)));
                if (o.percent() != MatrixOptions.Percent.NONE) {
                    row.add(TableCell.of(table.value(i, j), 4));
                }
                rows.add(row);
            }
        }
        return new AnalysisTable("matrix (long)", header, rows, 2, false, false);
    }

    public static AnalysisTable codeFrequencies(List<CodeFrequency> frequencies) {
        List<List<TableCell>> rows = new ArrayList<>();
        for (CodeFrequency f : frequencies) {
            rows.add(List.of(TableCell.text(f.path()), TableCell.number(f.depth(), 0),
                    TableCell.number(f.codings(), 0), TableCell.number(f.documents(), 0),
                    TableCell.number(f.characters(), 0)));
        }
        return AnalysisTable.list("code frequencies", List.of("code", "depth", "codings", "documents", "characters"),
                rows);
    }

    public static AnalysisTable words(List<WordCount> words) {
        List<List<TableCell>> rows = new ArrayList<>();
        for (WordCount w : words) {
            rows.add(List.of(TableCell.text(w.word()), TableCell.number(w.count(), 0),
                    TableCell.number(w.documents(), 0)));
        }
        return AnalysisTable.list("word frequencies", List.of("word", "count", "documents"), rows);
    }
}
