package org.glose.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageLayoutTest {

    @SafeVarargs
    @SuppressWarnings("varargs")
    private static String layout(List<String>... paragraphs) {
        return PageLayout.toText(List.of(paragraphs));
    }

    @Test
    void joinsTheLinesOfAParagraphWithASpaceAndSeparatesParagraphsWithALineBreak() {
        assertThat(layout(List.of("Les plateformes de données ", " occupent une place"), List.of("Second.")))
                .isEqualTo("Les plateformes de données occupent une place\nSecond.");
    }

    @Test
    void keepsTheHyphenOfAWordBrokenAtItsHyphen() {
        assertThat(layout(List.of("peuvent-", "elles concilier"))).isEqualTo("peuvent-elles concilier");
        assertThat(layout(List.of("UNIVERSITE PARIS-", "SACLAY"))).isEqualTo("UNIVERSITE PARIS-SACLAY");
    }

    @Test
    void dropsASoftHyphenAtTheEndOfALine() {
        assertThat(layout(List.of("transpa\u00AD", "rence"))).isEqualTo("transparence");
    }

    @Test
    void keepsADashBetweenWordsAsASeparateWord() {
        assertThat(layout(List.of("au plan territorial -", "local"))).isEqualTo("au plan territorial - local");
        assertThat(layout(List.of("citoyens, -", "carte"))).isEqualTo("citoyens, - carte");
        assertThat(layout(List.of("en 2019-", "2020"))).isEqualTo("en 2019- 2020");
    }

    @Test
    void startsANewLineForAListItem() {
        assertThat(layout(List.of("- premier point", "qui continue", "- second point", "• puce", "2. numéro")))
                .isEqualTo("- premier point qui continue\n- second point\n• puce\n2. numéro");
    }

    @Test
    void spellsOutLigatures() {
        assertThat(layout(List.of("e\uFB03cace et \uFB01n \uFB02ux"))).isEqualTo("efficace et fin flux");
    }

    @Test
    void aWordHyphenatedAcrossPagesContinues() {
        assertThat(PageLayout.continuesWord("peuvent-", "elles")).isTrue();
        assertThat(PageLayout.continuesWord("fin.", "Début")).isFalse();
        assertThat(PageLayout.continuesWord("x -", "local")).isFalse();
    }
}
