package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.glose.core.model.Coding;
import org.glose.core.text.TextRange;
import org.glose.ui.HighlightStyles.Run;
import org.junit.jupiter.api.Test;

class HighlightStylesTest {

    private static final Map<Long, String> COLOURS = Map.of(1L, "#E69F00", 2L, "#0072B2", 3L, "#009E73");
    private static long ids;

    private static Coding coding(long codeId, int start, int end) {
        return new Coding(++ids, "g" + ids, 7, codeId, 1, new TextRange(start, end), Instant.EPOCH);
    }

    private static String span(Run r) {
        return r.start() + "-" + r.end() + ":" + r.depth() + r.codeIds();
    }

    @Test
    void anEmptyDocumentHasNoRuns() {
        assertThat(HighlightStyles.runs(0, List.of())).isEmpty();
        assertThat(HighlightStyles.runs(0, List.of(coding(1, 0, 0)))).isEmpty();
    }

    @Test
    void aDocumentWithoutCodingsIsOneUncodedRun() {
        List<Run> runs = HighlightStyles.runs(12, List.of());
        assertThat(runs).extracting(HighlightStylesTest::span).containsExactly("0-12:0[]");
        assertThat(HighlightStyles.css(runs.get(0), COLOURS)).isEmpty();
    }

    @Test
    void overlapsAreCutAtEveryBoundary() {
        List<Run> runs = HighlightStyles.runs(30, List.of(coding(1, 5, 15), coding(2, 10, 20), coding(1, 12, 14)));
        assertThat(runs).extracting(HighlightStylesTest::span).containsExactly(
                "0-5:0[]", "5-10:1[1]", "10-12:2[1, 2]", "12-14:3[1, 2]", "14-15:2[1, 2]", "15-20:1[2]",
                "20-30:0[]");
        assertThat(runs.stream().mapToInt(Run::length).sum()).isEqualTo(30);
    }

    @Test
    void adjacentCodingsStayTwoRunsWithTheirOwnColours() {
        List<Run> runs = HighlightStyles.runs(10, List.of(coding(1, 0, 4), coding(2, 4, 10)));
        assertThat(runs).extracting(HighlightStylesTest::span).containsExactly("0-4:1[1]", "4-10:1[2]");
        assertThat(HighlightStyles.css(runs.get(0), COLOURS))
                .isEqualTo("-rtfx-background-color: " + HighlightStyles.tint("#E69F00", HighlightStyles.SINGLE) + ";");
        assertThat(HighlightStyles.css(runs.get(1), COLOURS)).contains(HighlightStyles.tint("#0072B2", 0.32));
    }

    @Test
    void identicalCodingsOfOneCodeByTwoCodersDeepenItsTint() {
        List<Run> runs = HighlightStyles.runs(10, List.of(coding(3, 2, 6), coding(3, 2, 6)));
        assertThat(runs).extracting(HighlightStylesTest::span).containsExactly("0-2:0[]", "2-6:2[3]", "6-10:0[]");
        String once = HighlightStyles.tint("#009E73", HighlightStyles.SINGLE);
        String twice = HighlightStyles.tint("#009E73", HighlightStyles.REPEATED);
        assertThat(HighlightStyles.css(runs.get(1), COLOURS)).contains(twice).doesNotContain(once);
        assertThat(twice).isNotEqualTo(once);
    }

    @Test
    void differentCodesOverlappingTakeANeutralTintWithAnUnderline() {
        List<Run> runs = HighlightStyles.runs(10, List.of(coding(1, 0, 10), coding(2, 0, 10), coding(3, 5, 10)));
        assertThat(HighlightStyles.css(runs.get(0), COLOURS)).contains("-glose-overlap-2").contains("underline");
        assertThat(HighlightStyles.css(runs.get(1), COLOURS)).contains("-glose-overlap-3");
    }

    @Test
    void codingsBeyondTheTextAreClippedAndEmptyOnesIgnored() {
        List<Run> runs = HighlightStyles.runs(8, List.of(coding(1, 6, 20), coding(2, 3, 3)));
        assertThat(runs).extracting(HighlightStylesTest::span).containsExactly("0-6:0[]", "6-8:1[1]");
    }

    @Test
    void tintsKeepDarkTextReadableAndStillShow() {
        for (String colour : org.glose.core.model.CodePalette.COLOURS) {
            for (double share : new double[] {HighlightStyles.SINGLE, HighlightStyles.REPEATED}) {
                int[] tint = HighlightStyles.rgb(HighlightStyles.tint(colour, share));
                assertThat(HighlightStyles.contrast(tint, HighlightStyles.rgb(HighlightStyles.TEXT)))
                        .as("contrast of %s at %s", colour, share).isGreaterThanOrEqualTo(4.5);
                assertThat(tint).as("tint of %s", colour).isNotEqualTo(new int[] {255, 255, 255});
            }
        }
        assertThat(HighlightStyles.tint("#000000", 1.0)).isNotEqualTo("#000000"); // lightened for contrast
    }
}
