package org.glose.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrencePassages;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.cooccurrence.Measure;
import org.glose.core.analysis.data.CodedData;
import org.glose.core.analysis.data.Passage;
import org.glose.core.text.TextRange;
import org.junit.jupiter.api.Test;

/** Clicking a cell lists the passages where both codes occur (fixture of {@link CoOccurrenceTest}). */
class DrillDownTest {

    private final CodedData data = CoOccurrenceTest.fixture().data();

    private List<TextRange> ranges(CoOccurrenceUnit unit, int distance, boolean subcodes, int a, int b) {
        return CoOccurrencePassages.between(data, new CoOccurrenceOptions(unit, distance, Measure.COUNT, subcodes),
                a, b).stream().map(Passage::range).toList();
    }

    @Test
    void overlapListsEachPairFromItsFirstStartToItsLastEnd() {
        List<Passage> passages = CoOccurrencePassages.between(data, CoOccurrenceOptions.of(CoOccurrenceUnit.OVERLAP),
                CoOccurrenceTest.A, CoOccurrenceTest.B);
        assertThat(passages).hasSize(1);
        assertThat(passages.get(0).documentName()).isEqualTo("doc10.txt");
        assertThat(passages.get(0).range()).isEqualTo(new TextRange(0, 15));
        assertThat(passages.get(0).codingIds()).hasSize(2);
        assertThat(ranges(CoOccurrenceUnit.OVERLAP, 0, false, CoOccurrenceTest.B, CoOccurrenceTest.C))
                .containsExactly(new TextRange(20, 30));
    }

    @Test
    void asManyPassagesAsTheCellCounts() {
        assertThat(ranges(CoOccurrenceUnit.NEAR, 10, false, CoOccurrenceTest.A, CoOccurrenceTest.B))
                .containsExactly(new TextRange(0, 15), new TextRange(0, 30), new TextRange(20, 50),
                        new TextRange(0, 20));
        assertThat(ranges(CoOccurrenceUnit.OVERLAP, 0, true, CoOccurrenceTest.A, CoOccurrenceTest.B))
                .containsExactly(new TextRange(0, 15), new TextRange(20, 30));
    }

    @Test
    void paragraphsHoldingBoth() {
        assertThat(ranges(CoOccurrenceUnit.PARAGRAPH, 0, false, CoOccurrenceTest.A, CoOccurrenceTest.B))
                .containsExactly(new TextRange(0, 18), new TextRange(0, 20));
    }

    @Test
    void documentsListTheCodingsOfBothCodes() {
        List<Passage> passages = CoOccurrencePassages.between(data, CoOccurrenceOptions.of(CoOccurrenceUnit.DOCUMENT),
                CoOccurrenceTest.A, CoOccurrenceTest.C);
        assertThat(passages).extracting(Passage::documentName).containsOnly("doc10.txt");
        assertThat(passages).extracting(Passage::range).containsExactly(new TextRange(0, 10),
                new TextRange(25, 28), new TextRange(40, 50));
    }

    @Test
    void casesListTheCodingsOfTheirDocuments() {
        CodedData withCases = CoOccurrenceTest.fixture().caseOf(100, "X", 20L).caseOf(101, "Y", 10L).data();
        List<Passage> passages = CoOccurrencePassages.between(withCases,
                CoOccurrenceOptions.of(CoOccurrenceUnit.CASE), CoOccurrenceTest.A, CoOccurrenceTest.C);
        assertThat(passages).extracting(Passage::documentName).containsOnly("doc10.txt");
    }

    @Test
    void aCellWithoutCoOccurrenceOrOnTheDiagonalListsNothing() {
        assertThat(ranges(CoOccurrenceUnit.OVERLAP, 0, false, CoOccurrenceTest.A, CoOccurrenceTest.C)).isEmpty();
        assertThat(ranges(CoOccurrenceUnit.OVERLAP, 0, false, CoOccurrenceTest.A, CoOccurrenceTest.A)).isEmpty();
    }
}
