package org.glose.core.analysis.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reliability data in compact form: each distinct row of values (one value per coder, a category index or
 * {@link #MISSING}) with the number of units that carry it. Character units make this matter: a run of 2,000
 * characters nobody coded is one row of weight 2,000, not 2,000 rows. Every coefficient in {@link Coefficients}
 * is a sum over units, so a weighted row counts exactly as that many identical units.
 */
public final class Ratings {

    /** The value of a coder who did not rate a unit. */
    public static final int MISSING = -1;

    private final int coders;
    private final int categories;
    private final int[][] rows;
    private final long[] weights;

    private Ratings(int coders, int categories, int[][] rows, long[] weights) {
        this.coders = coders;
        this.categories = categories;
        this.rows = rows;
        this.weights = weights;
    }

    /** Rows and weights as they are (rows may repeat or weigh 0; both are harmless to every sum). */
    static Ratings of(int coders, int categories, int[][] rows, long[] weights) {
        return new Ratings(coders, categories, rows, weights);
    }

    public static Builder builder(int coders, int categories) {
        return new Builder(coders, categories);
    }

    /** No units at all (e.g. segments of a code nobody used). */
    public static Ratings empty(int coders, int categories) {
        return builder(coders, categories).build();
    }

    public int coders() {
        return coders;
    }

    /** The number of categories of the scale (2 for "coded / not coded"), used by Gwet's AC1. */
    public int categories() {
        return categories;
    }

    /** Number of distinct rows. */
    public int size() {
        return rows.length;
    }

    /** The values of row {@code i}; the array is shared, do not change it. */
    int[] row(int i) {
        return rows[i];
    }

    public long weight(int i) {
        return weights[i];
    }

    /** Number of units (the sum of the weights). */
    public long units() {
        long n = 0;
        for (long w : weights) {
            n += w;
        }
        return n;
    }

    /** The units of all the given tables together (pooling over documents or over codes). */
    public static Ratings pool(int coders, int categories, Collection<Ratings> parts) {
        Builder b = builder(coders, categories);
        for (Ratings r : parts) {
            b.addAll(r, 1);
        }
        return b.build();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Ratings[");
        for (int i = 0; i < rows.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Arrays.toString(rows[i])).append('×').append(weights[i]);
        }
        return sb.append(']').toString();
    }

    /** Collects rows, merging identical ones. */
    public static final class Builder {
        private final int coders;
        private final int categories;
        private final Map<Key, long[]> counts = new LinkedHashMap<>();

        private Builder(int coders, int categories) {
            if (coders < 1) {
                throw new IllegalArgumentException("Reliability data needs at least one coder");
            }
            if (categories < 1) {
                throw new IllegalArgumentException("Reliability data needs at least one category");
            }
            this.coders = coders;
            this.categories = categories;
        }

        public int coders() {
            return coders;
        }

        /** Adds {@code weight} units whose coders gave {@code values} (one per coder, or {@link #MISSING}). */
        public Builder add(long weight, int... values) {
            if (values.length != coders) {
                throw new IllegalArgumentException("Expected " + coders + " values, got " + values.length);
            }
            if (weight < 0) {
                throw new IllegalArgumentException("A weight cannot be negative: " + weight);
            }
            for (int v : values) {
                if (v != MISSING && (v < 0 || v >= categories)) {
                    throw new IllegalArgumentException("Value " + v + " is outside the " + categories + " categories");
                }
            }
            if (weight > 0) {
                counts.computeIfAbsent(new Key(values.clone()), k -> new long[1])[0] += weight;
            }
            return this;
        }

        /** Adds every row of {@code other}, {@code times} times over (a document drawn twice by the bootstrap). */
        public Builder addAll(Ratings other, long times) {
            if (other.coders != coders || other.categories != categories) {
                throw new IllegalArgumentException("Cannot pool reliability data of different shapes");
            }
            for (int i = 0; i < other.rows.length; i++) {
                if (times > 0) {
                    counts.computeIfAbsent(new Key(other.rows[i]), k -> new long[1])[0] += other.weights[i] * times;
                }
            }
            return this;
        }

        public Ratings build() {
            List<int[]> rows = new ArrayList<>(counts.size());
            long[] weights = new long[counts.size()];
            int i = 0;
            for (Map.Entry<Key, long[]> e : counts.entrySet()) {
                rows.add(e.getKey().values);
                weights[i++] = e.getValue()[0];
            }
            return new Ratings(coders, categories, rows.toArray(new int[0][]), weights);
        }
    }

    /** An int[] usable as a map key. */
    private record Key(int[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(values, k.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
