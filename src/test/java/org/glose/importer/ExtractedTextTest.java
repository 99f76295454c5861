package org.glose.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractedTextTest {

    @Test
    void copiesItsLists() {
        List<Integer> starts = new ArrayList<>(List.of(0, 5));
        List<String> warnings = new ArrayList<>(List.of("attention"));

        ExtractedText text = new ExtractedText("page1page2", starts, null, "fr", warnings);
        starts.add(7);
        warnings.clear();

        assertThat(text.pageStarts()).containsExactly(0, 5);
        assertThat(text.warnings()).containsExactly("attention");
        assertThatThrownBy(() -> text.warnings().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void acceptsNullPagesAndNullWarnings() {
        ExtractedText text = new ExtractedText("texte", null, "UTF-8", "en", null);

        assertThat(text.pageStarts()).isNull();
        assertThat(text.pageCount()).isZero();
        assertThat(text.pageAt(3)).isZero();
        assertThat(text.warnings()).isEmpty();
    }

    @Test
    void rejectsInvalidValues() {
        assertThatThrownBy(() -> new ExtractedText(null, null, null, "fr", List.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ExtractedText("x", null, null, "de", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExtractedText("x", null, null, null, List.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ExtractedText("abc", List.of(), null, "fr", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExtractedText("abc", List.of(1), null, "fr", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExtractedText("abc", List.of(0, 2, 1), null, "fr", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExtractedText("abc", List.of(0, 4), null, "fr", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExtractedText("abc", Arrays.asList(0, null), null, "fr", List.of()))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void findsThePageOfAnOffset() {
        // page 1 "aaa\n", page 2 empty, page 3 "bb\n", page 4 "c"
        ExtractedText text = new ExtractedText("aaa\nbb\nc", List.of(0, 4, 4, 7), null, "fr", List.of());

        assertThat(text.pageCount()).isEqualTo(4);
        assertThat(text.pageAt(0)).isEqualTo(1);
        assertThat(text.pageAt(3)).isEqualTo(1);
        assertThat(text.pageAt(4)).isEqualTo(3);
        assertThat(text.pageAt(6)).isEqualTo(3);
        assertThat(text.pageAt(7)).isEqualTo(4);
        assertThat(text.pageAt(8)).isEqualTo(4);
        assertThatThrownBy(() -> text.pageAt(9)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
