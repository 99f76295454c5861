package org.glose.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    @Test
    void stripsOnlyALeadingByteOrderMark() {
        assertThat(TextNormaliser.normalise("\uFEFFDonnées")).isEqualTo("Données");
        assertThat(TextNormaliser.normalise("a\uFEFFb")).isEqualTo("a\uFEFFb");
    }

    @Test
    void turnsCrlfCrAndOtherLineSeparatorsIntoLf() {
        assertThat(TextNormaliser.normalise("un\r\ndeux\rtrois\n\r\nquatre")).isEqualTo("un\ndeux\ntrois\n\nquatre");
        assertThat(TextNormaliser.normalise("page1\fpage2\u000Bx\u2028y\u2029z\u0085w"))
                .isEqualTo("page1\npage2\nx\ny\nz\nw");
    }

    @Test
    void composesToNfc() {
        String decomposed = "E\u0301tat, donne\u0301es, c\u0327a";

        assertThat(TextNormaliser.normalise(decomposed)).isEqualTo("État, données, ça");
    }

    @Test
    void removesNulAndOtherC0ControlsButKeepsTabsAndLineFeedsAndCountsThem() {
        TextNormaliser.Result result = TextNormaliser.normaliseReporting("a\u0000b\tc\u0007d\n\u001Be\u0008");

        assertThat(result.text()).isEqualTo("ab\tcd\ne");
        assertThat(result.removedControls()).isEqualTo(4);
        assertThat(result.warning()).contains("4 control characters (such as NUL) were removed from the text.");
        assertThat(TextNormaliser.normaliseReporting("propre").warning()).isEmpty();
    }

    @Test
    void doesNotTrimMeaningfulText() {
        String text = "\n\n  # Titre  \n\tindenté \u00A0\n\n";

        assertThat(TextNormaliser.normalise(text)).isEqualTo(text);
    }

    @Test
    void isIdempotent() {
        String once = TextNormaliser.normalise("\uFEFFa\r\nE\u0301\u0000\f");

        assertThat(TextNormaliser.normalise(once)).isEqualTo(once);
    }
}
