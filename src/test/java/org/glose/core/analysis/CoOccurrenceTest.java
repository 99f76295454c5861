package org.glose.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.glose.core.analysis.cooccurrence.CoOccurrence;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceTable;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.cooccurrence.Measure;
import org.glose.core.analysis.data.CodedData;
import org.glose.core.project.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Every unit and measure against values computed by hand on a small fixture (docs/analysis.md):
 * <pre>
 * doc 10: "para one, seventeen" \n (0–18) | paragraph 1 (19–34) \n | paragraph 2 (36–60)
 *   A [0,10)  B [5,15)  B [20,30)  C [25,28) (C is a child of A)  A [40,50)
 * doc 20: one paragraph of 20 characters
 *   A [0,5)   B [10,20)
 * D and E have no codings.
 * </pre>
 */
class CoOccurrenceTest {

    static final int A = 0;
    static final int C = 1;
    static final int B = 2;
    static final int D = 3;
    static final int E = 4;

    static Fixture fixture() {
        return new Fixture()
                .code(1, null, "A").code(3, 1L, "C").code(2, null, "B").code(4, null, "D").code(5, null, "E")
                .document(10, "doc10.txt", "x".repeat(18) + "\n" + "y".repeat(16) + "\n" + "z".repeat(24))
                .document(20, "doc20.txt", "w".repeat(20))
                .coding(10, 1, 0, 10).coding(10, 2, 5, 15).coding(10, 2, 20, 30).coding(10, 3, 25, 28)
                .coding(10, 1, 40, 50)
                .coding(20, 1, 0, 5).coding(20, 2, 10, 20);
    }

    static CoOccurrenceTable table(CoOccurrenceUnit unit, Measure measure, boolean subcodes) {
        return table(fixture().data(), new CoOccurrenceOptions(unit, 0, measure, subcodes));
    }

    static CoOccurrenceTable table(CodedData data, CoOccurrenceOptions options) {
        return CoOccurrence.compute(data, options);
    }

    @Test
    void rowsFollowTheCodebook() {
        CoOccurrenceTable t = table(CoOccurrenceUnit.OVERLAP, Measure.COUNT, false);
        assertThat(t.paths()).containsExactly("A", "A/C", "B", "D", "E");
    }

    @Test
    void overlapCountsPairsOfCodingsSharingACharacter() {
        CoOccurrenceTable t = table(CoOccurrenceUnit.OVERLAP, Measure.COUNT, false);
        assertThat(t.count(A, B)).isEqualTo(1);   // A[0,10) × B[5,15)
        assertThat(t.count(B, A)).isEqualTo(1);
        assertThat(t.count(B, C)).isEqualTo(1);   // B[20,30) ⊇ C[25,28)
        assertThat(t.count(A, C)).isZero();
        assertThat(t.total(A)).isEqualTo(3);
        assertThat(t.total(B)).isEqualTo(3);
        assertThat(t.total(C)).isEqualTo(1);
        assertThat(t.value(A, A)).hasValue(3);    // the diagonal holds n
        assertThat(t.value(A, D)).hasValue(0);    // a count is never undefined
    }

    @Test
    void theCCoefficientIsN12OverN1PlusN2MinusN12() {
        CoOccurrenceTable t = table(CoOccurrenceUnit.OVERLAP, Measure.C_COEFFICIENT, false);
        assertThat(t.value(A, B).getAsDouble()).isCloseTo(1.0 / (3 + 3 - 1), within(1e-12));
        assertThat(t.value(B, C).getAsDouble()).isCloseTo(1.0 / (3 + 1 - 1), within(1e-12));
        assertThat(t.value(A, D)).hasValue(0.0);            // 0 / (3 + 0 - 0)
        assertThat(t.value(D, E)).isEqualTo(OptionalDouble.empty());   // 0 / 0: undefined, not 0
        assertThat(t.value(A, A)).hasValue(1.0);
        assertThat(t.value(D, D)).isEmpty();
    }

    @Test
    void subcodesAddTheirCodingsToTheirParentsButACodingNeverMeetsItself() {
        CoOccurrenceTable t = table(CoOccurrenceUnit.OVERLAP, Measure.COUNT, true);
        assertThat(t.total(A)).isEqualTo(4);      // A's three codings and C's
        assertThat(t.count(A, B)).isEqualTo(2);   // A[0,10)×B[5,15), C[25,28)×B[20,30)
        assertThat(t.count(A, C)).isZero();       // C's coding as A with itself does not count
        assertThat(t.count(B, C)).isEqualTo(1);
    }

    @Test
    void nearCountsPairsAtMostNCharactersApart() {
        CodedData data = fixture().data();
        CoOccurrenceOptions near = new CoOccurrenceOptions(CoOccurrenceUnit.NEAR, 5, Measure.COUNT, false);
        assertThat(table(data, near).count(A, B)).isEqualTo(2);              // + doc 20: gap 5
        assertThat(table(data, near.withDistance(4)).count(A, B)).isEqualTo(1);
        CoOccurrenceTable ten = table(data, near.withDistance(10));
        assertThat(ten.count(A, B)).isEqualTo(4);     // + A[0,10)…B[20,30) and B[20,30)…A[40,50): gaps of 10
        assertThat(ten.count(B, C)).isEqualTo(2);                            // + B[5,15)…C[25,28): gap 10
        assertThat(ten.count(A, C)).isZero();                                // gap 15
        assertThat(table(data, near.withDistance(10).withMeasure(Measure.C_COEFFICIENT)).value(A, B).getAsDouble())
                .isCloseTo(4.0 / (3 + 3 - 4), within(1e-12));   // above 1: codings pair several times
    }

    @Test
    void paragraphsHoldingBothCodesAndJaccard() {
        CoOccurrenceTable t = table(CoOccurrenceUnit.PARAGRAPH, Measure.JACCARD, false);
        assertThat(t.units()).isEqualTo(4);
        assertThat(t.total(A)).isEqualTo(3);
        assertThat(t.total(B)).isEqualTo(3);
        assertThat(t.count(A, B)).isEqualTo(2);
        assertThat(t.count(B, C)).isEqualTo(1);
        assertThat(t.value(A, B).getAsDouble()).isCloseTo(2.0 / 4, within(1e-12));
        assertThat(t.value(B, C).getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(t.value(D, E)).isEmpty();
        assertThat(t.value(A, D)).hasValue(0.0);
    }

    @Test
    void aCodingSpanningTwoParagraphsBelongsToBoth() {
        CodedData data = fixture().coding(10, 4, 15, 22).data();   // D crosses the break at 18
        CoOccurrenceTable t = table(data, CoOccurrenceOptions.of(CoOccurrenceUnit.PARAGRAPH));
        assertThat(t.total(D)).isEqualTo(2);
        assertThat(t.count(D, A)).isEqualTo(1);
        assertThat(t.count(D, B)).isEqualTo(2);
        assertThat(t.count(D, C)).isEqualTo(1);
    }

    @Test
    void documents() {
        CoOccurrenceTable t = table(CoOccurrenceUnit.DOCUMENT, Measure.JACCARD, false);
        assertThat(t.units()).isEqualTo(2);
        assertThat(t.count(A, B)).isEqualTo(2);
        assertThat(t.count(A, C)).isEqualTo(1);
        assertThat(t.value(A, B)).hasValue(1.0);
        assertThat(t.value(A, C)).hasValue(0.5);
        assertThat(t.value(B, C)).hasValue(0.5);
    }

    @Test
    void casesHoldTheCodesOfAllTheirDocuments() {
        CodedData data = fixture().caseOf(100, "X", 20L).caseOf(101, "Y", 10L, 20L).caseOf(102, "Z").data();
        CoOccurrenceTable t = table(data, new CoOccurrenceOptions(CoOccurrenceUnit.CASE, 0, Measure.JACCARD, false));
        assertThat(t.units()).isEqualTo(3);
        assertThat(t.total(A)).isEqualTo(2);
        assertThat(t.total(C)).isEqualTo(1);
        assertThat(t.count(A, B)).isEqualTo(2);
        assertThat(t.count(A, C)).isEqualTo(1);
        assertThat(t.value(A, C)).hasValue(0.5);
        assertThat(t.value(D, E)).isEmpty();
    }

    @Test
    void noCodingsAtAllLeavesEveryRatioUndefined() {
        CodedData data = new Fixture().code(1, null, "A").code(2, null, "B").document(10, "d", "text").data();
        CoOccurrenceTable c = table(data, new CoOccurrenceOptions(CoOccurrenceUnit.OVERLAP, 0,
                Measure.C_COEFFICIENT, false));
        CoOccurrenceTable j = table(data, new CoOccurrenceOptions(CoOccurrenceUnit.DOCUMENT, 0,
                Measure.JACCARD, false));
        assertThat(c.value(0, 1)).isEmpty();
        assertThat(j.value(0, 1)).isEmpty();
        assertThat(j.value(0, 0)).isEmpty();
    }

    @Test
    void manyOverlapsCanLeaveTheCCoefficientUndefined() {
        // two codings of A and two of B, all four on the same passage: n12 = 4 pairs ≥ n1 + n2
        CodedData data = new Fixture().code(1, null, "A").code(2, null, "B").document(10, "d", "x".repeat(20))
                .coding(10, 1, 0, 10).coding(10, 1, 0, 10).coding(10, 2, 0, 10).coding(10, 2, 0, 10).data();
        CoOccurrenceTable t = table(data, new CoOccurrenceOptions(CoOccurrenceUnit.OVERLAP, 0,
                Measure.C_COEFFICIENT, false));
        assertThat(t.count(0, 1)).isEqualTo(4);
        assertThat(t.value(0, 1)).isEmpty();
    }

    @Test
    void aMeasureThatDoesNotFitTheUnitIsRefused() {
        assertThatThrownBy(() -> new CoOccurrenceOptions(CoOccurrenceUnit.DOCUMENT, 0, Measure.C_COEFFICIENT, false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("jaccard");
        assertThatThrownBy(() -> new CoOccurrenceOptions(CoOccurrenceUnit.OVERLAP, 0, Measure.JACCARD, false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("use c");
        assertThatThrownBy(() -> new CoOccurrenceOptions(CoOccurrenceUnit.NEAR, -1, Measure.COUNT, false))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CoOccurrenceUnit.parse("sentence")).isInstanceOf(InvalidInputException.class)
                .hasMessage("The unit \"sentence\" is not one of overlap, near, paragraph, document, case.");
    }
}
