package org.glose.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.glose.core.analysis.cooccurrence.ClusterOrder;
import org.glose.core.analysis.cooccurrence.CoOccurrence;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceTable;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.junit.jupiter.api.Test;

class ClusterOrderTest {

    @Test
    void codesThatOccurTogetherEndUpSideBySide() {
        // codebook order P, Q, R, S; P co-occurs with R, Q with S
        Fixture f = new Fixture().code(1, null, "P").code(2, null, "Q").code(3, null, "R").code(4, null, "S")
                .document(10, "d", "x".repeat(100));
        for (int i = 0; i < 3; i++) {
            f.coding(10, 1, i * 10, i * 10 + 5).coding(10, 3, i * 10, i * 10 + 5);
        }
        f.coding(10, 2, 60, 70).coding(10, 4, 65, 75);
        CoOccurrenceTable table = CoOccurrence.compute(f.data(), CoOccurrenceOptions.of(CoOccurrenceUnit.OVERLAP));
        int[] order = ClusterOrder.of(table);
        assertThat(Arrays.stream(order).mapToObj(i -> table.paths().get(i)).toList())
                .containsExactly("P", "R", "Q", "S");
    }

    @Test
    void isAPermutationEvenWithoutAnyCoOccurrence() {
        Fixture f = new Fixture().code(1, null, "A").code(2, null, "B").code(3, null, "C")
                .document(10, "d", "text");
        CoOccurrenceTable table = CoOccurrence.compute(f.data(), CoOccurrenceOptions.of(CoOccurrenceUnit.OVERLAP));
        assertThat(ClusterOrder.of(table)).containsExactly(0, 1, 2);
    }
}
