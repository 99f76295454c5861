package org.glose.core.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Published worked examples, reproduced to their printed precision, and the same data checked to 1e-9 against
 * exact values computed independently (rational arithmetic, by hand or with Python's fractions module: the
 * fraction is given in each comment) and against {@link NaiveAgreement}.
 */
class CoefficientsTest {

    private static final int M = Ratings.MISSING;

    /** Reliability data from one array per coder (the layout of the published tables); M = missing. */
    private static Ratings byCoder(int categories, int[]... coders) {
        Ratings.Builder b = Ratings.builder(coders.length, categories);
        for (int u = 0; u < coders[0].length; u++) {
            int[] values = new int[coders.length];
            for (int c = 0; c < coders.length; c++) {
                values[c] = coders[c][u];
            }
            b.add(1, values);
        }
        return b.build();
    }

    /** A two-coder contingency table: table[i][j] units got i from the first coder and j from the second. */
    private static Ratings table(int[][] table) {
        Ratings.Builder b = Ratings.builder(2, table.length);
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table.length; j++) {
                b.add(table[i][j], i, j);
            }
        }
        return b.build();
    }

    private static double value(OptionalDouble v) {
        assertThat(v).isPresent();
        return v.getAsDouble();
    }

    // Cohen's κ -----------------------------------------------------------------------------------------------

    @Test
    void cohenKappaOfTheTextbookYesNoTable() {
        // 50 grant proposals read by two readers (Wikipedia, "Cohen's kappa", worked example): 20 yes/yes,
        // 5 yes/no, 10 no/yes, 15 no/no. p_o = 35/50 = 0.7, p_e = 0.5·0.6 + 0.5·0.4 = 0.5, κ = 0.2/0.5 = 0.4.
        Ratings r = table(new int[][] {{15, 10}, {5, 20}});
        assertThat(value(Coefficients.cohenKappa(r))).isCloseTo(0.4, within(1e-9));
        assertThat(value(Coefficients.observedAgreement(r))).isCloseTo(0.7, within(1e-9));
    }

    @Test
    void cohenKappaAndAc1OfGwetsPregnancyTable() {
        // Gwet, Handbook of Inter-Rater Reliability (4th ed., 2014): 100 women classified by two abstractors into
        // ectopic / abnormal intra-uterine / normal intra-uterine pregnancy. Printed: κ = 0.796, AC1 = 0.849.
        // Exact: κ = 4303/5403, AC1 = 24803/29203.
        Ratings r = table(new int[][] {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}});
        assertThat(value(Coefficients.cohenKappa(r))).isCloseTo(0.796, within(0.0005))
                .isCloseTo(4303.0 / 5403, within(1e-9));
        assertThat(value(Coefficients.gwetAc1(r))).isCloseTo(0.849, within(0.0005))
                .isCloseTo(24803.0 / 29203, within(1e-9));
    }

    @Test
    void cohenKappaNeedsExactlyTwoCoders() {
        Ratings three = byCoder(2, new int[] {0, 1}, new int[] {0, 1}, new int[] {1, 1});
        assertThatThrownBy(() -> Coefficients.cohenKappa(three)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Coefficients.all(three).cohenKappa()).isEmpty();
    }

    // Fleiss' κ -----------------------------------------------------------------------------------------------

    @Test
    void fleissKappaOfTheTenSubjectsFourteenRatersExample() {
        // Wikipedia, "Fleiss' kappa", worked example (10 subjects, 14 raters, 5 categories): P̄ = 0.378,
        // P̄e = 0.213, κ = 0.210. Exact: κ = 4211/20059.
        int[][] counts = {{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        Ratings.Builder b = Ratings.builder(14, 5);
        for (int[] subject : counts) {
            int[] values = new int[14];
            int rater = 0;
            for (int k = 0; k < 5; k++) {
                for (int n = 0; n < subject[k]; n++) {
                    values[rater++] = k; // Fleiss' κ does not depend on which rater gave which value
                }
            }
            b.add(1, values);
        }
        Ratings r = b.build();
        assertThat(value(Coefficients.fleissKappa(r))).isCloseTo(0.210, within(0.0005))
                .isCloseTo(4211.0 / 20059, within(1e-9));
        assertThat(value(Coefficients.observedAgreement(r))).isCloseTo(0.378, within(0.0005));
    }

    // The 12 units × 4 observers with missing values used by both Krippendorff (2011) and Gwet (2014) ----------

    private static final Ratings FOUR_OBSERVERS = byCoder(5,
            new int[] {0, 1, 2, 2, 1, 0, 3, 0, 1, M, M, M},
            new int[] {0, 1, 2, 2, 1, 1, 3, 0, 1, 4, M, 2},
            new int[] {M, 2, 2, 2, 1, 2, 3, 1, 1, 4, 0, M},
            new int[] {0, 1, 2, 2, 1, 3, 3, 0, 1, 4, 0, M}); // values 1..5 written as 0..4

    @Test
    void krippendorffAlphaOfTheNominalExampleWithMissingData() {
        // Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C: α_nominal = 0.743.
        // Exact: 113/152.
        assertThat(value(Coefficients.krippendorffAlpha(FOUR_OBSERVERS))).isCloseTo(0.743, within(0.0005))
                .isCloseTo(113.0 / 152, within(1e-9));
    }

    @Test
    void gwetAc1AndFleissKappaOfTheSameDataAsGwetsHandbookPrintsThem() {
        // Gwet (2014), p. 120 (the irrCAC package's cac.raw4raters): p_a = 0.818, AC1 = 0.775 (p_e = 0.190);
        // generalised Fleiss κ = 0.761 (p_e = 0.239). Exact: AC1 = 31825/41041, κ = 7343/9647, p_a = 9/11.
        assertThat(value(Coefficients.observedAgreement(FOUR_OBSERVERS))).isCloseTo(9.0 / 11, within(1e-9));
        assertThat(value(Coefficients.gwetAc1(FOUR_OBSERVERS))).isCloseTo(0.775, within(0.0005))
                .isCloseTo(31825.0 / 41041, within(1e-9));
        assertThat(value(Coefficients.fleissKappa(FOUR_OBSERVERS))).isCloseTo(0.761, within(0.0005))
                .isCloseTo(7343.0 / 9647, within(1e-9));
    }

    @Test
    void krippendorffAlphaOfTheTwoObserverExamples() {
        // Krippendorff (2011), section A, binary data: α = 0.095 (exact 2/21 = 1 − 19·4/(14·6)).
        Ratings binary = byCoder(2, new int[] {0, 1, 0, 0, 0, 0, 0, 0, 1, 0}, new int[] {1, 1, 1, 0, 0, 1, 0, 0, 0, 0});
        assertThat(value(Coefficients.krippendorffAlpha(binary))).isCloseTo(0.095, within(0.0005))
                .isCloseTo(2.0 / 21, within(1e-9));
        // Section B, nominal data a..e: α = 0.692 (exact (23·18 − 104)/(24·23 − 104) = 155/224).
        Ratings nominal = byCoder(5, new int[] {0, 0, 1, 1, 3, 2, 2, 2, 4, 3, 3, 0},
                new int[] {1, 0, 1, 1, 1, 2, 2, 2, 4, 3, 3, 3});
        assertThat(value(Coefficients.krippendorffAlpha(nominal))).isCloseTo(0.692, within(0.0005))
                .isCloseTo(155.0 / 224, within(1e-9));
    }

    @Test
    void krippendorffAlphaOfTheThreeCoderExampleOnWikipedia() {
        // Wikipedia, "Krippendorff's alpha", computational example (15 units, 3 coders): α_nominal = 0.691
        // (0.691358 in the krippendorff Python package's tests). Exact: 56/81.
        Ratings r = byCoder(4,
                new int[] {M, M, M, M, M, 2, 3, 0, 1, 0, 0, 2, 2, M, 2},
                new int[] {0, M, 1, 0, 2, 2, 3, 2, M, M, M, M, M, M, M},
                new int[] {M, M, 1, 0, 2, 3, 3, M, 1, 0, 0, 2, 2, M, 3});
        assertThat(value(Coefficients.krippendorffAlpha(r))).isCloseTo(0.691358, within(5e-7))
                .isCloseTo(56.0 / 81, within(1e-9));
    }

    // Edge cases ----------------------------------------------------------------------------------------------

    @Test
    void nothingToCompareLeavesEveryValueUndefined() {
        AgreementValues v = Coefficients.all(Ratings.empty(2, 2));
        assertThat(v.percent()).isEmpty();
        assertThat(v.cohenKappa()).isEmpty();
        assertThat(v.fleissKappa()).isEmpty();
        assertThat(v.krippendorffAlpha()).isEmpty();
        assertThat(v.gwetAc1()).isEmpty();
    }

    @Test
    void aCodeNobodyUsedAgreesFullyButTheKappasAndAlphaAreUndefined() {
        // every unit (0, 0): p_o = 1 and p_e = 1, so κ = 0/0; α has no variation to explain; AC1's
        // p_e = π(1 − π) = 0, so AC1 = 1 (Gwet's coefficient is defined here by construction).
        AgreementValues v = Coefficients.all(Ratings.builder(2, 2).add(500, 0, 0).build());
        assertThat(value(v.percent())).isEqualTo(100.0);
        assertThat(v.cohenKappa()).isEmpty();
        assertThat(v.fleissKappa()).isEmpty();
        assertThat(v.krippendorffAlpha()).isEmpty();
        assertThat(value(v.gwetAc1())).isEqualTo(1.0);
    }

    @Test
    void perfectAgreementOnBothValuesIsOne() {
        AgreementValues v = Coefficients.all(Ratings.builder(3, 2).add(40, 1, 1, 1).add(60, 0, 0, 0).build());
        assertThat(value(v.percent())).isEqualTo(100.0);
        assertThat(v.cohenKappa()).isEmpty(); // three coders
        assertThat(value(v.fleissKappa())).isCloseTo(1.0, within(1e-12));
        assertThat(value(v.krippendorffAlpha())).isCloseTo(1.0, within(1e-12));
        assertThat(value(v.gwetAc1())).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aUnitRatedByOneCoderOnlyIsNotPairable() {
        Ratings r = Ratings.builder(2, 2).add(3, 1, M).build();
        assertThat(Coefficients.observedAgreement(r)).isEmpty();
        assertThat(Coefficients.krippendorffAlpha(r)).isEmpty();
        assertThat(Coefficients.cohenKappa(r)).isEmpty();
    }

    // Cross-check against the naive implementation ------------------------------------------------------------

    @Test
    void weightedRowsGiveTheSameValuesAsTheExpandedUnitsOfANaiveImplementation() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int coders = 2 + random.nextInt(4);
            int q = 2 + random.nextInt(3);
            Ratings.Builder b = Ratings.builder(coders, q);
            int rows = 1 + random.nextInt(12);
            for (int i = 0; i < rows; i++) {
                int[] values = new int[coders];
                for (int c = 0; c < coders; c++) {
                    values[c] = random.nextInt(8) == 0 ? M : random.nextInt(q);
                }
                b.add(1 + random.nextInt(6), values);
            }
            Ratings r = b.build();
            List<Integer[]> units = NaiveAgreement.units(r);
            String seed = "trial " + trial + ": " + r;
            assertClose(Coefficients.observedAgreement(r), NaiveAgreement.pa(units), seed);
            assertClose(Coefficients.krippendorffAlpha(r), NaiveAgreement.alpha(units, q), seed);
            if (coders == 2) {
                assertClose(Coefficients.cohenKappa(r), NaiveAgreement.cohen(units, q), seed);
            }
            if (units.stream().anyMatch(u -> java.util.Arrays.stream(u).filter(x -> x != null).count() >= 2)) {
                assertClose(Coefficients.fleissKappa(r), NaiveAgreement.fleiss(units, q), seed);
                assertClose(Coefficients.gwetAc1(r), NaiveAgreement.ac1(units, q), seed);
            }
        }
    }

    private static void assertClose(OptionalDouble actual, Double expected, String description) {
        if (expected == null || expected.isNaN()) {
            assertThat(actual).as(description).isEmpty();
        } else {
            assertThat(actual).as(description).isPresent();
            assertThat(actual.getAsDouble()).as(description).isCloseTo(expected, within(1e-9));
        }
    }
}
