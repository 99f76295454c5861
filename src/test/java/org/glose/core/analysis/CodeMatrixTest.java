package org.glose.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.glose.core.analysis.data.CodedData;
import org.glose.core.analysis.data.Passage;
import org.glose.core.analysis.matrix.CodeMatrix;
import org.glose.core.analysis.matrix.MatrixColumn;
import org.glose.core.analysis.matrix.MatrixOptions;
import org.glose.core.analysis.matrix.MatrixOptions.Percent;
import org.glose.core.analysis.matrix.MatrixOptions.Value;
import org.glose.core.analysis.matrix.MatrixTable;
import org.glose.core.project.InvalidInputException;
import org.glose.core.text.TextRange;
import org.junit.jupiter.api.Test;

/**
 * Matrices on the fixture of {@link CoOccurrenceTest} (rows A, A/C, B, D, E; documents doc10, doc20), with cases
 * X = {doc20}, Y = {doc10, doc20} and the attribute role: X = élu, Y = agent.
 */
class CodeMatrixTest {

    private final CodedData data = CoOccurrenceTest.fixture().caseOf(100, "X", 20L).caseOf(101, "Y", 10L, 20L)
            .attribute(7, "role").value(100, 7, "élu").value(101, 7, "agent").data();

    private MatrixTable matrix(MatrixOptions options) {
        return CodeMatrix.compute(data, options);
    }

    @Test
    void codingsPerDocument() {
        MatrixTable t = matrix(MatrixOptions.of(MatrixOptions.Axis.DOCUMENTS));
        assertThat(t.columns()).extracting(MatrixColumn::label).containsExactly("doc10.txt", "doc20.txt");
        assertThat(t.count(CoOccurrenceTest.A, 0)).isEqualTo(2);
        assertThat(t.count(CoOccurrenceTest.A, 1)).isEqualTo(1);
        assertThat(t.count(CoOccurrenceTest.B, 0)).isEqualTo(2);
        assertThat(t.count(CoOccurrenceTest.C, 1)).isZero();
        assertThat(t.rowTotal(CoOccurrenceTest.A)).isEqualTo(3);
        assertThat(t.columnTotal(0)).isEqualTo(5);
    }

    @Test
    void rowAndColumnPercentages() {
        MatrixTable rows = matrix(MatrixOptions.of(MatrixOptions.Axis.DOCUMENTS).withPercent(Percent.ROW));
        assertThat(rows.value(CoOccurrenceTest.A, 0).getAsDouble()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(rows.value(CoOccurrenceTest.A, 1).getAsDouble()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(rows.value(CoOccurrenceTest.D, 0)).isEmpty();   // D has no codings: 0 / 0
        MatrixTable columns = rows.withPercent(Percent.COLUMN);
        assertThat(columns.value(CoOccurrenceTest.A, 0)).hasValue(40.0);   // 2 of doc10's 5 codings
        assertThat(columns.value(CoOccurrenceTest.C, 0)).hasValue(20.0);
        assertThat(columns.value(CoOccurrenceTest.D, 1)).hasValue(0.0);
    }

    @Test
    void codedCharactersCountOverlapsOnce() {
        CodedData overlapping = CoOccurrenceTest.fixture().coding(10, 1, 5, 12).data();   // A again on [5,12)
        MatrixTable t = CodeMatrix.compute(overlapping,
                MatrixOptions.of(MatrixOptions.Axis.DOCUMENTS).withValue(Value.CHARACTERS));
        assertThat(t.count(CoOccurrenceTest.A, 0)).isEqualTo(12 + 10);   // [0,12) ∪ [40,50)
        assertThat(t.count(CoOccurrenceTest.B, 0)).isEqualTo(20);
    }

    @Test
    void casesAndDocumentsCounted() {
        MatrixTable t = matrix(MatrixOptions.of(MatrixOptions.Axis.CASES).withValue(Value.DOCUMENTS));
        assertThat(t.columns()).extracting(MatrixColumn::label).containsExactly("X", "Y");
        assertThat(t.count(CoOccurrenceTest.A, 0)).isEqualTo(1);
        assertThat(t.count(CoOccurrenceTest.A, 1)).isEqualTo(2);
        assertThat(t.count(CoOccurrenceTest.C, 1)).isEqualTo(1);
    }

    @Test
    void attributeValuesWithSubcodes() {
        MatrixTable t = matrix(MatrixOptions.columns("attribute:role").withSubcodes(true));
        assertThat(t.columns()).extracting(MatrixColumn::label).containsExactly("agent", "élu");
        assertThat(t.count(CoOccurrenceTest.A, 0)).isEqualTo(4);   // A's 3 + C's 1, in doc10 and doc20
        assertThat(t.count(CoOccurrenceTest.A, 1)).isEqualTo(1);
    }

    @Test
    void documentsWithoutAValueGetTheirOwnColumn() {
        CodedData partial = CoOccurrenceTest.fixture().caseOf(100, "X", 20L).attribute(7, "role")
                .value(100, 7, "élu").data();
        MatrixTable t = CodeMatrix.compute(partial, MatrixOptions.columns("attribute:role"));
        assertThat(t.columns()).extracting(MatrixColumn::label).containsExactly("élu", MatrixColumn.NO_VALUE);
        assertThat(t.count(CoOccurrenceTest.B, 1)).isEqualTo(2);
    }

    @Test
    void aCellRetrievesItsCodings() {
        MatrixTable t = matrix(MatrixOptions.of(MatrixOptions.Axis.DOCUMENTS).withSubcodes(true));
        assertThat(CodeMatrix.passages(data, t, CoOccurrenceTest.A, 0)).extracting(Passage::range)
                .containsExactly(new TextRange(0, 10), new TextRange(25, 28), new TextRange(40, 50));
    }

    @Test
    void badColumnsAreRefused() {
        assertThatThrownBy(() -> MatrixOptions.columns("codes")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> matrix(MatrixOptions.columns("attribute:âge")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("âge");
    }
}
