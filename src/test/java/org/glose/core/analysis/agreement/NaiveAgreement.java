package org.glose.core.analysis.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * A second, deliberately plain implementation used to cross-check {@link Coefficients}: one array per unit (no
 * weights), Krippendorff's α from the explicit list of ordered pairs of values and the D_o / D_e form, Cohen's κ
 * from an explicit contingency table, and p_a, π_k by direct loops. Null is a missing value.
 */
final class NaiveAgreement {

    private NaiveAgreement() {
    }

    /** Expands weighted reliability data into one array per unit. */
    static List<Integer[]> units(Ratings r) {
        List<Integer[]> units = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            int[] row = r.row(i);
            for (long w = 0; w < r.weight(i); w++) {
                Integer[] u = new Integer[row.length];
                for (int c = 0; c < row.length; c++) {
                    u[c] = row[c] == Ratings.MISSING ? null : row[c];
                }
                units.add(u);
            }
        }
        return units;
    }

    static Double alpha(List<Integer[]> units, int q) {
        double[][] o = new double[q][q];
        for (Integer[] u : units) {
            List<Integer> x = present(u);
            int m = x.size();
            if (m < 2) {
                continue;
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        o[x.get(i)][x.get(j)] += 1.0 / (m - 1);
                    }
                }
            }
        }
        double n = 0;
        double[] nc = new double[q];
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < q; b++) {
                nc[a] += o[a][b];
                n += o[a][b];
            }
        }
        double dO = 0;
        double dE = 0;
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < q; b++) {
                if (a != b) {
                    dO += o[a][b];
                    dE += nc[a] * nc[b];
                }
            }
        }
        if (n <= 1 || dE == 0) {
            return null;
        }
        dO /= n;
        dE /= n * (n - 1);
        return 1 - dO / dE;
    }

    static Double cohen(List<Integer[]> units, int q) {
        double[][] table = new double[q][q];
        double n = 0;
        for (Integer[] u : units) {
            if (u[0] != null && u[1] != null) {
                table[u[0]][u[1]]++;
                n++;
            }
        }
        double po = 0;
        double pe = 0;
        for (int k = 0; k < q; k++) {
            po += table[k][k] / n;
            double row = 0;
            double col = 0;
            for (int j = 0; j < q; j++) {
                row += table[k][j];
                col += table[j][k];
            }
            pe += (row / n) * (col / n);
        }
        return pe == 1 ? null : (po - pe) / (1 - pe);
    }

    static Double pa(List<Integer[]> units) {
        double sum = 0;
        int n = 0;
        for (Integer[] u : units) {
            List<Integer> x = present(u);
            int m = x.size();
            if (m < 2) {
                continue;
            }
            int agree = 0;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j && x.get(i).equals(x.get(j))) {
                        agree++;
                    }
                }
            }
            sum += agree / (double) (m * (m - 1));
            n++;
        }
        return n == 0 ? null : sum / n;
    }

    static double[] pi(List<Integer[]> units, int q) {
        double[] pi = new double[q];
        int n = 0;
        for (Integer[] u : units) {
            List<Integer> x = present(u);
            if (x.isEmpty()) {
                continue;
            }
            n++;
            for (int k = 0; k < q; k++) {
                final int cat = k;
                pi[k] += x.stream().filter(v -> v == cat).count() / (double) x.size();
            }
        }
        for (int k = 0; k < q; k++) {
            pi[k] /= n;
        }
        return pi;
    }

    static Double fleiss(List<Integer[]> units, int q) {
        double pe = 0;
        for (double p : pi(units, q)) {
            pe += p * p;
        }
        Double pa = pa(units);
        return pa == null || pe == 1 ? null : (pa - pe) / (1 - pe);
    }

    static Double ac1(List<Integer[]> units, int q) {
        double pe = 0;
        for (double p : pi(units, q)) {
            pe += p * (1 - p);
        }
        pe /= q - 1;
        Double pa = pa(units);
        return pa == null ? null : (pa - pe) / (1 - pe);
    }

    private static List<Integer> present(Integer[] u) {
        List<Integer> x = new ArrayList<>();
        for (Integer v : u) {
            if (v != null) {
                x.add(v);
            }
        }
        return x;
    }
}
