package org.glose.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.glose.core.coding.PassageExpander;
import org.glose.core.coding.PassageUnit;
import org.glose.core.project.InvalidInputException;
import org.glose.core.text.TextRange;
import org.junit.jupiter.api.Test;

/** Widening search hits to sentences, paragraphs or characters before auto-coding them. */
class PassageExpanderTest {

    static final String FR = "M. Dupont parle des données. Il cite le Dr. Martin, cf. p. 12 du rapport.\n"
            + "Les données ouvertes sont là. J.-P. Sartre en doute.\n\nFin.";

    static TextRange hit(String text, String word, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(word, at + 1);
        }
        return new TextRange(at, at + word.length());
    }

    static List<String> expand(String text, String language, PassageUnit unit, TextRange... hits) {
        return new PassageExpander(text, language, unit).expand(List.of(hits)).stream().map(r -> r.of(text)).toList();
    }

    @Test
    void aSentenceDoesNotEndAtAnAbbreviationOrAnInitial() {
        assertThat(expand(FR, "fr", PassageUnit.SENTENCE, hit(FR, "données", 0)))
                .containsExactly("M. Dupont parle des données.");
        assertThat(expand(FR, "fr", PassageUnit.SENTENCE, hit(FR, "Martin", 0)))
                .containsExactly("Il cite le Dr. Martin, cf. p. 12 du rapport.");
        assertThat(expand(FR, "fr", PassageUnit.SENTENCE, hit(FR, "doute", 0)))
                .containsExactly("J.-P. Sartre en doute.");
    }

    @Test
    void hitsInOneSentenceGiveOnePassageAndASentenceStopsAtTheLineBreak() {
        assertThat(expand(FR, "fr", PassageUnit.SENTENCE, hit(FR, "Dupont", 0), hit(FR, "données", 0),
                hit(FR, "données", 1))).containsExactly("M. Dupont parle des données.", "Les données ouvertes sont là.");
        String noStop = "une phrase sans point\nsuivie d'une autre";
        assertThat(expand(noStop, "fr", PassageUnit.SENTENCE, hit(noStop, "point", 0)))
                .containsExactly("une phrase sans point");
    }

    @Test
    void aHitAcrossTwoSentencesTakesBoth() {
        TextRange across = new TextRange(FR.indexOf("données."), FR.indexOf("Il cite") + 2);
        assertThat(expand(FR, "fr", PassageUnit.SENTENCE, across))
                .containsExactly("M. Dupont parle des données. Il cite le Dr. Martin, cf. p. 12 du rapport.");
    }

    @Test
    void englishAbbreviationsAreKnownToo() {
        String en = "We met Mr. Smith and Dr. Jones. They shared data.";
        assertThat(expand(en, "en", PassageUnit.SENTENCE, hit(en, "Jones", 0)))
                .containsExactly("We met Mr. Smith and Dr. Jones.");
    }

    @Test
    void paragraphsAreTheTextBetweenLineBreaks() {
        assertThat(expand(FR, "fr", PassageUnit.PARAGRAPH, hit(FR, "doute", 0), hit(FR, "ouvertes", 0)))
                .containsExactly("Les données ouvertes sont là. J.-P. Sartre en doute.");
        assertThat(expand(FR, "fr", PassageUnit.PARAGRAPH, hit(FR, "Fin", 0))).containsExactly("Fin.");
    }

    @Test
    void charactersAroundAreClampedToTheTextAndOverlapsJoin() {
        assertThat(expand(FR, "fr", PassageUnit.around(3), hit(FR, "M.", 0))).containsExactly("M. Du");
        assertThat(expand(FR, "fr", PassageUnit.around(3), hit(FR, "Fin.", 0))).containsExactly(".\n\nFin.");
        String s = "ab cd ef";
        assertThat(expand(s, "fr", PassageUnit.around(1), new TextRange(0, 2), new TextRange(6, 8)))
                .containsExactly("ab ", " ef");
        assertThat(expand(s, "fr", PassageUnit.around(2), new TextRange(0, 2), new TextRange(6, 8)))
                .containsExactly("ab cd ef");
    }

    @Test
    void charactersAroundNeverSplitAnEmoji() {
        String s = "😀abc😀";
        assertThat(expand(s, "fr", PassageUnit.around(1), new TextRange(2, 5))).containsExactly(s);
    }

    @Test
    void unitsAreReadFromTheirNames() {
        assertThat(PassageUnit.parse("Sentence")).isEqualTo(PassageUnit.SENTENCE);
        assertThat(PassageUnit.parse("40")).isEqualTo(PassageUnit.around(40));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PassageUnit.parse("page"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("page");
    }
}
