package org.glose.core.analysis.agreement;

import java.util.OptionalDouble;

/**
 * The agreement coefficients on nominal reliability data, as pure functions. A value that the formula leaves
 * undefined (no units, or a chance agreement of 1 making the denominator 0) is an empty {@link OptionalDouble},
 * never 0 and never a string. Formulas and references: docs/agreement.md.
 */
public final class Coefficients {

    private Coefficients() {
    }

    /**
     * Observed agreement p_a: for each unit rated by at least two coders, the share of its pairs of coders that
     * gave the same value; averaged over those units. With two coders and no missing values this is the share of
     * units on which they agree. Between 0 and 1.
     */
    public static OptionalDouble observedAgreement(Ratings r) {
        double sum = 0;
        double units = 0;
        int[] counts = new int[r.categories()];
        for (int i = 0; i < r.size(); i++) {
            int rated = tally(r.row(i), counts);
            if (rated >= 2) {
                sum += r.weight(i) * pairAgreement(counts, rated);
                units += r.weight(i);
            }
        }
        return units == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / units);
    }

    /**
     * Cohen's κ (1960) for exactly two coders, on the units both rated: (p_o − p_e) / (1 − p_e) with p_e the sum
     * over categories of the product of the two coders' own proportions.
     */
    public static OptionalDouble cohenKappa(Ratings r) {
        if (r.coders() != 2) {
            throw new IllegalArgumentException("Cohen's kappa compares exactly two coders, not " + r.coders());
        }
        int q = r.categories();
        double[] first = new double[q];
        double[] second = new double[q];
        double agree = 0;
        double n = 0;
        for (int i = 0; i < r.size(); i++) {
            int[] v = r.row(i);
            if (v[0] == Ratings.MISSING || v[1] == Ratings.MISSING) {
                continue;
            }
            double w = r.weight(i);
            first[v[0]] += w;
            second[v[1]] += w;
            n += w;
            if (v[0] == v[1]) {
                agree += w;
            }
        }
        if (n == 0) {
            return OptionalDouble.empty();
        }
        double expected = 0;
        for (int k = 0; k < q; k++) {
            expected += (first[k] / n) * (second[k] / n);
        }
        return chanceCorrected(agree / n, expected);
    }

    /**
     * Fleiss' κ (1971): (p_a − p_e) / (1 − p_e) with p_e = Σ π_k², π_k the mean over units of the share of the
     * unit's ratings in category k. With missing ratings this is Gwet's (2014) generalisation, which gives
     * Fleiss' own value when every unit has all ratings.
     */
    public static OptionalDouble fleissKappa(Ratings r) {
        double[] pi = classShares(r);
        OptionalDouble pa = observedAgreement(r);
        if (pi == null || pa.isEmpty()) {
            return OptionalDouble.empty();
        }
        double expected = 0;
        for (double p : pi) {
            expected += p * p;
        }
        return chanceCorrected(pa.getAsDouble(), expected);
    }

    /**
     * Gwet's AC1 (2008; Handbook, 4th ed., 2014): (p_a − p_e) / (1 − p_e) with
     * p_e = Σ π_k (1 − π_k) / (q − 1), q being the number of categories of the scale.
     */
    public static OptionalDouble gwetAc1(Ratings r) {
        int q = r.categories();
        if (q < 2) {
            return OptionalDouble.empty();
        }
        double[] pi = classShares(r);
        OptionalDouble pa = observedAgreement(r);
        if (pi == null || pa.isEmpty()) {
            return OptionalDouble.empty();
        }
        double expected = 0;
        for (double p : pi) {
            expected += p * (1 - p);
        }
        return chanceCorrected(pa.getAsDouble(), expected / (q - 1));
    }

    /**
     * Krippendorff's α for nominal data (Krippendorff 2011, "Computing Krippendorff's alpha-reliability"):
     * 1 − (n − 1)(n − Σ_k o_kk) / (n² − Σ_k n_k²) over the coincidence matrix o of the pairable values
     * (units with at least two values), n_k its margins and n the number of pairable values.
     */
    public static OptionalDouble krippendorffAlpha(Ratings r) {
        int q = r.categories();
        double[] margins = new double[q];
        double diagonal = 0;
        int[] counts = new int[q];
        for (int i = 0; i < r.size(); i++) {
            int rated = tally(r.row(i), counts);
            if (rated < 2) {
                continue;
            }
            double w = r.weight(i);
            for (int k = 0; k < q; k++) {
                if (counts[k] > 0) {
                    // o_kk gets n_uk (n_uk − 1) / (m_u − 1); the margin n_k gets n_uk (each value pairs with m_u − 1)
                    diagonal += w * counts[k] * (counts[k] - 1) / (double) (rated - 1);
                    margins[k] += w * counts[k];
                }
            }
        }
        double n = 0;
        double sumSquares = 0;
        for (double nk : margins) {
            n += nk;
            sumSquares += nk * nk;
        }
        double expectedDisagreement = n * n - sumSquares;
        if (n <= 1 || expectedDisagreement <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 - (n - 1) * (n - diagonal) / expectedDisagreement);
    }

    /** All five values for one table; Cohen's κ only when there are exactly two coders. */
    public static AgreementValues all(Ratings r) {
        OptionalDouble pa = observedAgreement(r);
        OptionalDouble percent = pa.isPresent() ? OptionalDouble.of(100 * pa.getAsDouble()) : OptionalDouble.empty();
        return new AgreementValues(percent, r.coders() == 2 ? cohenKappa(r) : OptionalDouble.empty(),
                fleissKappa(r), krippendorffAlpha(r), gwetAc1(r));
    }

    /**
     * π_k: the mean over units rated at least once of the share of the unit's ratings that fall in category k;
     * null when no unit was rated.
     */
    private static double[] classShares(Ratings r) {
        int q = r.categories();
        double[] pi = new double[q];
        double units = 0;
        int[] counts = new int[q];
        for (int i = 0; i < r.size(); i++) {
            int rated = tally(r.row(i), counts);
            if (rated == 0) {
                continue;
            }
            double w = r.weight(i);
            units += w;
            for (int k = 0; k < q; k++) {
                pi[k] += w * counts[k] / rated;
            }
        }
        if (units == 0) {
            return null;
        }
        for (int k = 0; k < q; k++) {
            pi[k] /= units;
        }
        return pi;
    }

    private static OptionalDouble chanceCorrected(double observed, double expected) {
        // expected agreement of 1 (everybody gave every unit the same value): 0/0, undefined
        if (1 - expected <= 1e-12) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((observed - expected) / (1 - expected));
    }

    /** Fills counts[k] with the number of coders who gave category k; returns the number of values. */
    private static int tally(int[] values, int[] counts) {
        java.util.Arrays.fill(counts, 0);
        int rated = 0;
        for (int v : values) {
            if (v != Ratings.MISSING) {
                counts[v]++;
                rated++;
            }
        }
        return rated;
    }

    /** Share of agreeing pairs among the rated(rated − 1) ordered pairs of one unit. */
    private static double pairAgreement(int[] counts, int rated) {
        long agreeing = 0;
        for (int c : counts) {
            agreeing += (long) c * (c - 1);
        }
        return agreeing / ((double) rated * (rated - 1));
    }
}
