package org.glose.core.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glose.core.model.Coding;
import org.glose.core.text.TextRange;
import org.junit.jupiter.api.Test;

class UnitTablesTest {

    private static final long A = 1;
    private static final long B = 2;
    private static final long X = 10;
    private static final long Y = 11;
    private static final List<Long> CODERS = List.of(A, B);

    private static Coding coding(long coder, long code, int start, int end) {
        return new Coding(0, "g", 1, code, coder, new TextRange(start, end), Instant.EPOCH);
    }

    /** The rows of a table as "values×weight" strings, for readable assertions. */
    private static List<String> rows(Ratings r) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            rows.add(java.util.Arrays.toString(r.row(i)) + "×" + r.weight(i));
        }
        return rows;
    }

    @Test
    void characterUnitsCountTheCharactersInsideEachCodersCodings() {
        // A codes [0,5), B codes [3,8) of 10 characters: 3 (1,0), 2 (1,1), 3 (0,1), 2 (0,0).
        Map<Long, Ratings> t = UnitTables.of(Unit.CHARACTER, "abcdefghij", CODERS, List.of(X),
                List.of(coding(A, X, 0, 5), coding(B, X, 3, 8)));
        assertThat(rows(t.get(X))).containsExactlyInAnyOrder("[1, 0]×3", "[1, 1]×2", "[0, 1]×3", "[0, 0]×2");
        // by hand: p_o = 4/10, p_e = 0.5·0.5 + 0.5·0.5 = 0.5, κ = (0.4 − 0.5)/0.5 = −0.2
        assertThat(Coefficients.cohenKappa(t.get(X)).getAsDouble()).isCloseTo(-0.2, within(1e-12));
    }

    @Test
    void overlappingCodingsOfOneCoderCountEachCharacterOnce() {
        Map<Long, Ratings> t = UnitTables.of(Unit.CHARACTER, "abcdefghij", CODERS, List.of(X),
                List.of(coding(A, X, 0, 6), coding(A, X, 2, 4), coding(A, X, 6, 7), coding(B, X, 0, 7)));
        assertThat(rows(t.get(X))).containsExactlyInAnyOrder("[1, 1]×7", "[0, 0]×3");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsOneUnit() {
        // "a😀b": four UTF-16 units, three characters; A codes the emoji only
        Map<Long, Ratings> t = UnitTables.of(Unit.CHARACTER, "a\uD83D\uDE00b", CODERS, List.of(X),
                List.of(coding(A, X, 1, 3)));
        assertThat(rows(t.get(X))).containsExactlyInAnyOrder("[0, 0]×2", "[1, 0]×1");
    }

    @Test
    void paragraphsAreTheNonBlankLinesAndACodingCountsWhereverItOverlaps() {
        String text = "one\n\ntwo two\n   \nthree";
        assertThat(UnitTables.paragraphs(text)).containsExactly(new TextRange(0, 3), new TextRange(5, 12),
                new TextRange(17, 22));
        // A: end of "one" through the start of "two two"; B: one character of "two two"
        Map<Long, Ratings> t = UnitTables.of(Unit.PARAGRAPH, text, CODERS, List.of(X),
                List.of(coding(A, X, 2, 6), coding(B, X, 11, 12)));
        assertThat(rows(t.get(X))).containsExactlyInAnyOrder("[1, 0]×1", "[1, 1]×1", "[0, 0]×1");
    }

    @Test
    void aDocumentIsOneUnit() {
        Map<Long, Ratings> t = UnitTables.of(Unit.DOCUMENT, "", CODERS, List.of(X, Y),
                List.of(coding(B, X, 0, 1)));
        assertThat(rows(t.get(X))).containsExactly("[0, 1]×1");
        assertThat(rows(t.get(Y))).containsExactly("[0, 0]×1");
    }

    @Test
    void eachCodingOfEitherCoderIsASegmentMatchedWithTheOthersOverlappingCodings() {
        // A: [0,5) and [20,25); B: [3,8) overlaps A's first; a coding of Y by A overlaps nothing of B's for X
        List<Coding> codings = List.of(coding(A, X, 0, 5), coding(A, X, 20, 25), coding(B, X, 3, 8),
                coding(A, Y, 3, 8));
        Map<Long, Ratings> t = UnitTables.of(Unit.SEGMENT, "", CODERS, List.of(X, Y), codings);
        assertThat(rows(t.get(X))).containsExactlyInAnyOrder("[1, 1]×2", "[1, 0]×1");
        assertThat(rows(t.get(Y))).containsExactly("[1, 0]×1");
    }

    @Test
    void codingsOfOtherCodersAndCodesAreIgnoredAndAnUnusedCodeIsAllZeros() {
        Map<Long, Ratings> t = UnitTables.of(Unit.CHARACTER, "abcd", CODERS, List.of(X, Y),
                List.of(coding(A, X, 0, 2), coding(99, X, 0, 4), coding(B, 12, 0, 4)));
        assertThat(rows(t.get(X))).containsExactlyInAnyOrder("[1, 0]×2", "[0, 0]×2");
        assertThat(rows(t.get(Y))).containsExactly("[0, 0]×4");
        assertThat(UnitTables.of(Unit.SEGMENT, "", CODERS, List.of(Y), List.of()).get(Y).size()).isZero();
    }

    @Test
    void threeCodersGiveThreeValuesPerUnit() {
        Map<Long, Ratings> t = UnitTables.of(Unit.CHARACTER, "abcdef", List.of(A, B, 3L), List.of(X),
                List.of(coding(A, X, 0, 3), coding(B, X, 0, 3), coding(3, X, 0, 6)));
        assertThat(rows(t.get(X))).containsExactlyInAnyOrder("[1, 1, 1]×3", "[0, 0, 1]×3");
    }
}
