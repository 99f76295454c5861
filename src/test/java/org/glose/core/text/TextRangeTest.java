package org.glose.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextRangeTest {

    @Test
    void rejectsNegativeStartAndReversedBoundsInsteadOfSwappingThem() {
        assertThatThrownBy(() -> new TextRange(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextRange(5, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before it starts");
    }

    @Test
    void overlapAndIntersectionAreHalfOpen() {
        TextRange a = TextRange.of(0, 5);
        assertThat(a.overlaps(TextRange.of(5, 8))).isFalse();
        assertThat(a.overlaps(TextRange.of(4, 8))).isTrue();
        assertThat(a.intersection(TextRange.of(3, 9))).contains(TextRange.of(3, 5));
        assertThat(a.intersection(TextRange.of(5, 9))).isEmpty();
        assertThat(a.contains(TextRange.of(1, 5))).isTrue();
        assertThat(a.contains(5)).isFalse();
    }

    @Test
    void sortsByStartThenEnd() {
        assertThat(TextRange.of(1, 4).compareTo(TextRange.of(1, 3))).isPositive();
        assertThat(TextRange.of(0, 9).compareTo(TextRange.of(1, 2))).isNegative();
    }

    @Test
    void refusesRangesOutsideTheTextOrSplittingASurrogatePair() {
        String text = "a😀b"; // the emoji is two UTF-16 units: offsets 1 and 2
        assertThat(TextRange.of(1, 3).of(text)).isEqualTo("😀");
        assertThatThrownBy(() -> TextRange.of(2, 4).of(text)).hasMessageContaining("splits");
        assertThatThrownBy(() -> TextRange.of(0, 5).of(text)).hasMessageContaining("outside");
    }
}
