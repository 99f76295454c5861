package org.glose.core.analysis.matrix;

import java.util.List;
import java.util.OptionalDouble;
import org.glose.core.model.Code;

/**
 * A code matrix: rows are codes, columns {@link MatrixColumn}s, each cell a count ({@link #count}) and the value
 * shown ({@link #value}): the count, or its percentage of the row or column total, empty when that total is 0.
 */
public final class MatrixTable {

    private final List<Code> codes;
    private final List<String> paths;
    private final List<MatrixColumn> columns;
    private final MatrixOptions options;
    private final long[] counts;

    public MatrixTable(List<Code> codes, List<String> paths, List<MatrixColumn> columns, MatrixOptions options,
                       long[] counts) {
        this.codes = List.copyOf(codes);
        this.paths = List.copyOf(paths);
        this.columns = List.copyOf(columns);
        this.options = options;
        this.counts = counts.clone();
        if (counts.length != codes.size() * columns.size()) {
            throw new IllegalArgumentException("The matrix's sizes do not match its rows and columns");
        }
    }

    public List<Code> codes() {
        return codes;
    }

    public List<String> paths() {
        return paths;
    }

    public List<MatrixColumn> columns() {
        return columns;
    }

    public MatrixOptions options() {
        return options;
    }

    public int rows() {
        return codes.size();
    }

    public int columnCount() {
        return columns.size();
    }

    public long count(int row, int column) {
        return counts[row * columns.size() + column];
    }

    public long rowTotal(int row) {
        long sum = 0;
        for (int j = 0; j < columns.size(); j++) {
            sum += count(row, j);
        }
        return sum;
    }

    public long columnTotal(int column) {
        long sum = 0;
        for (int i = 0; i < codes.size(); i++) {
            sum += count(i, column);
        }
        return sum;
    }

    /** The shown value: the count, or a percentage (0 to 100) of the row or column total; empty when it is 0. */
    public OptionalDouble value(int row, int column) {
        long n = count(row, column);
        return switch (options.percent()) {
            case NONE -> OptionalDouble.of(n);
            case ROW -> percent(n, rowTotal(row));
            case COLUMN -> percent(n, columnTotal(column));
        };
    }

    /** Same counts, shown as {@code percent}. */
    public MatrixTable withPercent(MatrixOptions.Percent percent) {
        return new MatrixTable(codes, paths, columns, options.withPercent(percent), counts);
    }

    private static OptionalDouble percent(long n, long total) {
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * n / total);
    }
}
