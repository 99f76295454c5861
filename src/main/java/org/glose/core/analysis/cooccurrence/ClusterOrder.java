package org.glose.core.analysis.cooccurrence;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Orders a table's codes so that codes that occur together sit side by side: average-linkage agglomerative
 * clustering on the table's values (an undefined value counts as 0). Every code starts as its own cluster; the two
 * clusters with the highest average similarity merge (ties: the pair whose first code comes first in the codebook),
 * the one holding the earlier code first; the final cluster's sequence is the order. O(K³) for K codes: instant
 * for codebooks of a few hundred codes.
 */
public final class ClusterOrder {

    private ClusterOrder() {
    }

    /** The codebook order of {@code size} codes: position i shows row i. */
    public static int[] tree(int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        return order;
    }

    /** A permutation of {@code 0..size-1}: position → row of the table. */
    public static int[] of(CoOccurrenceTable table) {
        int k = table.size();
        double[][] sum = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                if (i != j) {
                    OptionalDouble v = table.value(i, j);
                    sum[i][j] = v.isPresent() ? v.getAsDouble() : 0;
                }
            }
        }
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            clusters.add(new ArrayList<>(List.of(i)));
        }
        // sum[x][y] is the total similarity between clusters x and y; alive[x] is false once merged away
        boolean[] alive = new boolean[k];
        java.util.Arrays.fill(alive, true);
        for (int merges = 1; merges < k; merges++) {
            int bestX = -1;
            int bestY = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int x = 0; x < k; x++) {
                if (!alive[x]) {
                    continue;
                }
                for (int y = x + 1; y < k; y++) {
                    if (!alive[y]) {
                        continue;
                    }
                    double average = sum[x][y] / ((double) clusters.get(x).size() * clusters.get(y).size());
                    if (average > best) {
                        best = average;
                        bestX = x;
                        bestY = y;
                    }
                }
            }
            clusters.get(bestX).addAll(clusters.get(bestY));
            alive[bestY] = false;
            for (int z = 0; z < k; z++) {
                sum[bestX][z] += sum[bestY][z];
                sum[z][bestX] = sum[bestX][z];
            }
        }
        int[] order = new int[k];
        for (int x = 0; x < k; x++) {
            if (alive[x]) {
                for (int p = 0; p < k; p++) {
                    order[p] = clusters.get(x).get(p);
                }
            }
        }
        return order;
    }
}
