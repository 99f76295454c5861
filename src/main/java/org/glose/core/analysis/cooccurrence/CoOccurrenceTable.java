package org.glose.core.analysis.cooccurrence;

import java.util.List;
import java.util.OptionalDouble;
import org.glose.core.model.Code;

/**
 * The result of a co-occurrence computation: for the analysed codes (rows and columns, in the same order), how
 * often each code occurs ({@link #total}: its codings for overlap and near, the units holding it otherwise) and how
 * often two codes occur together ({@link #count}). {@link #value} applies the measure; a value that cannot be
 * computed (a zero denominator) is empty, never 0 (docs/analysis.md).
 */
public final class CoOccurrenceTable {

    private final List<Code> codes;
    private final List<String> paths;
    private final CoOccurrenceOptions options;
    private final long[] totals;
    private final long[] both;
    private final long units;

    /** {@code both} is the symmetric K×K matrix of counts, row-major; the diagonal is ignored. */
    public CoOccurrenceTable(List<Code> codes, List<String> paths, CoOccurrenceOptions options, long[] totals,
                             long[] both, long units) {
        this.codes = List.copyOf(codes);
        this.paths = List.copyOf(paths);
        this.options = options;
        this.totals = totals.clone();
        this.both = both.clone();
        this.units = units;
        if (totals.length != codes.size() || both.length != codes.size() * codes.size()) {
            throw new IllegalArgumentException("The table's sizes do not match its codes");
        }
    }

    public List<Code> codes() {
        return codes;
    }

    public List<String> paths() {
        return paths;
    }

    public int size() {
        return codes.size();
    }

    public CoOccurrenceOptions options() {
        return options;
    }

    public Measure measure() {
        return options.measure();
    }

    /** The same counts shown with another measure (refused when it does not fit the unit). */
    public CoOccurrenceTable withMeasure(Measure measure) {
        return new CoOccurrenceTable(codes, paths, options.withMeasure(measure), totals, both, units);
    }

    /** n: the codings of code {@code i} (overlap, near) or the units holding it (paragraph, document, case). */
    public long total(int i) {
        return totals[i];
    }

    /** How often codes {@code i} and {@code j} occur together; on the diagonal, {@link #total}. */
    public long count(int i, int j) {
        return i == j ? totals[i] : both[i * codes.size() + j];
    }

    /** Units looked at (documents, paragraphs or cases); 0 for the overlap and near units. */
    public long units() {
        return units;
    }

    /**
     * The cell's value for the table's measure. Count: the count. c and Jaccard: {@code n12 / (n1 + n2 - n12)},
     * empty when that denominator is not positive (neither code occurs; for c, also when codings overlap several
     * codings of the other code so often that the formula breaks down). On the diagonal a ratio is 1 when the
     * code occurs at all, empty otherwise.
     */
    public OptionalDouble value(int i, int j) {
        if (measure() == Measure.COUNT) {
            return OptionalDouble.of(count(i, j));
        }
        if (i == j) {
            return totals[i] > 0 ? OptionalDouble.of(1.0) : OptionalDouble.empty();
        }
        long n12 = count(i, j);
        long denominator = totals[i] + totals[j] - n12;
        return denominator > 0 ? OptionalDouble.of((double) n12 / denominator) : OptionalDouble.empty();
    }

    /** Row and column index of a code id, or -1. */
    public int indexOf(long codeId) {
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).id() == codeId) {
                return i;
            }
        }
        return -1;
    }
}
