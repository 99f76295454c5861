package org.glose.core.analysis.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.glose.core.analysis.agreement.AgreementValues.Statistic;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;

/**
 * Percentile bootstrap over documents: each resample draws as many documents as there are, with replacement,
 * pools their units and recomputes every statistic. Documents, not units, are drawn because the units of one
 * document (its characters, its paragraphs) are not independent of each other.
 */
public final class Bootstrap {

    public static final int RESAMPLES = 1_000;
    /** The seed used unless the user gives one; reported with every interval so results can be reproduced. */
    public static final long DEFAULT_SEED = 20_240_611L;
    public static final double LEVEL = 0.95;

    private Bootstrap() {
    }

    /**
     * Intervals for each column of {@code perDocument} (perDocument.get(d).get(j) is document d's table for
     * column j). A column gets an empty map entry for a statistic that no resample defined; with fewer than two
     * documents there is nothing to resample and every column gets no interval at all.
     */
    public static List<Map<Statistic, Interval>> intervals(List<List<Ratings>> perDocument, int columns, int coders,
                                                           int resamples, long seed, Progress progress,
                                                           Cancellation cancellation) {
        int documents = perDocument.size();
        List<Map<Statistic, double[]>> samples = new ArrayList<>();
        List<Map<Statistic, Integer>> counts = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            Map<Statistic, double[]> s = new EnumMap<>(Statistic.class);
            Map<Statistic, Integer> n = new EnumMap<>(Statistic.class);
            for (Statistic st : Statistic.values()) {
                s.put(st, new double[resamples]);
                n.put(st, 0);
            }
            samples.add(s);
            counts.add(n);
        }
        List<Map<Statistic, Interval>> result = new ArrayList<>();
        if (documents < 2) {
            for (int j = 0; j < columns; j++) {
                result.add(Map.of());
            }
            return result;
        }
        List<Column> table = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            table.add(Column.of(perDocument, j));
        }
        Random random = new Random(seed);
        long[] drawn = new long[documents];
        for (int r = 0; r < resamples; r++) {
            cancellation.throwIfCancelled();
            Arrays.fill(drawn, 0);
            for (int i = 0; i < documents; i++) {
                drawn[random.nextInt(documents)]++;
            }
            for (int j = 0; j < columns; j++) {
                AgreementValues values = Coefficients.all(table.get(j).resample(drawn, coders));
                for (Statistic st : Statistic.values()) {
                    OptionalDouble v = values.get(st);
                    if (v.isPresent()) {
                        int k = counts.get(j).get(st);
                        samples.get(j).get(st)[k] = v.getAsDouble();
                        counts.get(j).put(st, k + 1);
                    }
                }
            }
            if (r % 50 == 49) {
                progress.update(r + 1, resamples, "Bootstrap resample " + (r + 1) + " of " + resamples);
            }
        }
        for (int j = 0; j < columns; j++) {
            Map<Statistic, Interval> intervals = new EnumMap<>(Statistic.class);
            for (Statistic st : Statistic.values()) {
                int n = counts.get(j).get(st);
                if (n > 0) {
                    double[] values = Arrays.copyOf(samples.get(j).get(st), n);
                    Arrays.sort(values);
                    double tail = (1 - LEVEL) / 2;
                    intervals.put(st, new Interval(quantile(values, tail), quantile(values, 1 - tail), n));
                }
            }
            result.add(intervals);
        }
        return result;
    }

    /**
     * One column's distinct rows over all documents and each document's weight for each of them, so that a
     * resample is a weighted sum of arrays rather than a rebuilt table.
     */
    private record Column(int[][] rows, long[][] weights) {

        static Column of(List<List<Ratings>> perDocument, int column) {
            java.util.Map<List<Integer>, Integer> index = new java.util.LinkedHashMap<>();
            List<int[]> rows = new ArrayList<>();
            for (List<Ratings> document : perDocument) {
                Ratings r = document.get(column);
                for (int i = 0; i < r.size(); i++) {
                    int[] row = r.row(i);
                    index.computeIfAbsent(Arrays.stream(row).boxed().toList(), k -> {
                        rows.add(row);
                        return rows.size() - 1;
                    });
                }
            }
            long[][] weights = new long[perDocument.size()][rows.size()];
            for (int d = 0; d < perDocument.size(); d++) {
                Ratings r = perDocument.get(d).get(column);
                for (int i = 0; i < r.size(); i++) {
                    weights[d][index.get(Arrays.stream(r.row(i)).boxed().toList())] += r.weight(i);
                }
            }
            return new Column(rows.toArray(new int[0][]), weights);
        }

        Ratings resample(long[] drawn, int coders) {
            long[] sum = new long[rows.length];
            for (int d = 0; d < drawn.length; d++) {
                if (drawn[d] > 0) {
                    for (int i = 0; i < rows.length; i++) {
                        sum[i] += drawn[d] * weights[d][i];
                    }
                }
            }
            return Ratings.of(coders, 2, rows, sum);
        }
    }

    /** The p-quantile of sorted values by linear interpolation between order statistics (Hyndman–Fan type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
