package org.glose.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.glose.core.model.Coding;
import org.glose.core.text.TextRange;
import org.junit.jupiter.api.Test;

class StripesTest {

    private static final Stripes.Labels LABELS = new Stripes.Labels() {
        @Override
        public String codeName(long codeId) {
            return "code" + codeId;
        }

        @Override
        public String colour(long codeId) {
            return "#E69F00";
        }

        @Override
        public String coderName(long coderId) {
            return "ana";
        }

        @Override
        public String memo(long codingId) {
            return codingId == 2 ? "why this" : null;
        }
    };

    private static Coding coding(long id, long code, int start, int end) {
        return new Coding(id, "g" + id, 1, code, 1, new TextRange(start, end), Instant.EPOCH);
    }

    @Test
    void overlappingCodingsGetTheirOwnLanesAndFreedLanesAreReused() {
        Stripes s = Stripes.layout(List.of(coding(1, 1, 0, 50), coding(2, 2, 10, 20), coding(3, 3, 25, 60),
                coding(4, 4, 55, 70)), LABELS);
        assertThat(s.laneCount()).isEqualTo(2);
        assertThat(s.of(1).orElseThrow().lane()).isZero();
        assertThat(s.of(2).orElseThrow().lane()).isEqualTo(1);
        assertThat(s.of(3).orElseThrow().lane()).isEqualTo(1); // lane 1 is free again after 20
        assertThat(s.of(4).orElseThrow().lane()).isZero(); // lane 0 is free after 50
        assertThat(s.of(2).orElseThrow().memo()).isEqualTo("why this");
        assertThat(s.of(2).orElseThrow().codeName()).isEqualTo("code2");
    }

    @Test
    void aParagraphGetsExactlyTheCodingsThatOverlapIt() {
        Stripes s = Stripes.layout(List.of(coding(1, 1, 0, 50), coding(2, 2, 10, 20), coding(3, 3, 25, 60),
                coding(4, 4, 100, 120)), LABELS);
        assertThat(s.overlapping(20, 25)).extracting(st -> st.coding().id()).containsExactly(1L);
        assertThat(s.overlapping(50, 100)).extracting(st -> st.coding().id()).containsExactly(3L);
        assertThat(s.overlapping(60, 100)).isEmpty();
        assertThat(s.overlapping(0, 200)).hasSize(4);
        assertThat(s.overlapping(110, 110)).extracting(st -> st.coding().id()).containsExactly(4L);
    }

    @Test
    void thousandsOfCodingsAreFoundByParagraphWithoutMissingLongOnes() {
        List<Coding> codings = new java.util.ArrayList<>();
        codings.add(coding(0, 9, 0, 900_000)); // one very long coding over the whole text
        for (int i = 1; i <= 5000; i++) {
            codings.add(coding(i, i % 7, i * 150, i * 150 + 80));
        }
        Stripes s = Stripes.layout(codings, LABELS);
        assertThat(s.overlapping(600_000, 600_100)).extracting(st -> st.coding().id()).containsExactly(0L, 4000L);
        assertThat(s.laneCount()).isEqualTo(2);
    }

    @Test
    void paragraphStartsFollowLineFeeds() {
        assertThat(StripeMargin.paragraphStarts("ab\ncd\n\nef")).containsExactly(0, 3, 6, 7);
        assertThat(StripeMargin.paragraphStarts("")).containsExactly(0);
    }

    @Test
    void theTooltipNamesCodeCoderAndMemo() {
        Stripes s = Stripes.layout(List.of(coding(2, 2, 10, 20)), LABELS);
        assertThat(StripeMargin.tooltip(s.of(2).orElseThrow())).startsWith("code2\nCoded by ana\nMemo: why this");
    }
}
