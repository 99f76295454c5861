package org.glose.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.glose.core.text.TextRange;
import org.junit.jupiter.api.Test;

class KwicTest {

    @Test
    void contextIsCutAtWordBoundariesAndShownOnOneLine() {
        String text = "x".repeat(10) + " alpha beta gamma delta epsilon zeta eta theta iota\nkappa HIT lambda\nmu "
                + "nu xi omicron pi rho sigma tau upsilon phi chi psi omega " + "y".repeat(10);
        int at = text.indexOf("HIT");
        TextRange hit = new TextRange(at, at + 3);
        String before = Kwic.before(text, hit);
        String after = Kwic.after(text, hit);
        assertThat(before).endsWith("iota kappa ").doesNotContain("\n").hasSizeLessThanOrEqualTo(Kwic.CONTEXT);
        assertThat(text.substring(at - before.length(), at).replace('\n', ' ')).isEqualTo(before);
        assertThat(Character.isWhitespace(text.charAt(at - before.length() - 1))).isTrue();
        assertThat(after).startsWith(" lambda mu").doesNotContain("\n").hasSizeLessThanOrEqualTo(Kwic.CONTEXT);
        assertThat(Character.isWhitespace(text.charAt(at + 3 + after.length()))).isTrue();
    }

    @Test
    void contextStopsAtTheEdgesOfTheText() {
        String text = "Début du texte.";
        assertThat(Kwic.before(text, new TextRange(0, 5))).isEmpty();
        assertThat(Kwic.after(text, new TextRange(0, 5))).isEqualTo(" du texte.");
    }
}
