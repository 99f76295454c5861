package org.glose.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetIndexTest {

    private static final String[] PIECES = {"a", "é", "e\u0301", "\r\n", "😀", "𝄞", "État", " ", "l’", "\n"};

    @Test
    void convertsAroundSupplementaryCharacters() {
        String text = "x😀y𝄞z";
        OffsetIndex index = OffsetIndex.of(text);
        assertThat(index.codePointLength()).isEqualTo(5);
        assertThat(index.toCodePoints(3)).isEqualTo(2); // before y
        assertThat(index.toUtf16(4)).isEqualTo(6);      // before z
        assertThatThrownBy(() -> index.toCodePoints(2)).hasMessageContaining("splits");
    }

    @Test
    void roundTripsAgreeWithTheJdkOnSeededRandomText() {
        long seed = 20261123L;
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            OffsetIndex index = OffsetIndex.of(text);
            assertThat(index.codePointLength()).as("seed %d round %d", seed, round)
                    .isEqualTo(text.codePointCount(0, text.length()));
            for (int cp = 0; cp <= index.codePointLength(); cp++) {
                int utf16 = index.toUtf16(cp);
                assertThat(utf16).as("seed %d round %d cp %d", seed, round, cp)
                        .isEqualTo(text.offsetByCodePoints(0, cp));
                assertThat(index.toCodePoints(utf16)).isEqualTo(cp);
            }
        }
    }
}
