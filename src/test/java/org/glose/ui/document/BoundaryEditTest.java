package org.glose.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.glose.core.model.Coding;
import org.glose.core.text.TextRange;
import org.junit.jupiter.api.Test;

class BoundaryEditTest {

    private static final String TEXT = "Le soir, je regarde 😀 les données ouvertes.";

    private static BoundaryEdit edit(int start, int end) {
        return new BoundaryEdit(new Coding(1, "g", 1, 1, 1, new TextRange(start, end), Instant.EPOCH), TEXT);
    }

    @Test
    void arrowsMoveTheEndThenTabMovesTheStart() {
        BoundaryEdit e = edit(3, 7);
        e.move(1);
        assertThat(e.range()).isEqualTo(new TextRange(3, 8));
        e.switchEnd();
        e.move(-3);
        assertThat(e.range()).isEqualTo(new TextRange(0, 8));
        assertThat(e.changed()).isTrue();
    }

    @Test
    void endsNeverCrossNorLeaveTheText() {
        BoundaryEdit e = edit(3, 5);
        e.move(-10);
        assertThat(e.range()).isEqualTo(new TextRange(3, 4));
        e.move(500);
        assertThat(e.range().end()).isEqualTo(TEXT.length());
        e.switchEnd();
        e.move(500);
        assertThat(e.range()).isEqualTo(new TextRange(TEXT.length() - 1, TEXT.length()));
    }

    @Test
    void anEmojiIsNeverSplit() {
        int emoji = TEXT.indexOf("😀");
        BoundaryEdit e = edit(0, emoji);
        e.move(1);
        assertThat(e.range().end()).isEqualTo(emoji + 2);
        e.move(-1);
        assertThat(e.range().end()).isEqualTo(emoji);
    }

    @Test
    void shortcutArrowsMoveByWord() {
        BoundaryEdit e = edit(0, 2); // "Le"
        e.moveWord(1);
        assertThat(TEXT.substring(0, e.range().end())).isEqualTo("Le soir,");
        e.moveWord(-1);
        assertThat(TEXT.substring(0, e.range().end())).isEqualTo("Le ");
        assertThat(e.changed()).isTrue();
    }

    @Test
    void aDraggedEndGoesToThePointerButNeverCrossesTheOtherEndNorSplitsAnEmoji() {
        BoundaryEdit e = edit(3, 7);
        e.moveTo(12);
        assertThat(e.range()).isEqualTo(new TextRange(3, 12));
        e.moveTo(1); // past the start: stops just after it
        assertThat(e.range()).isEqualTo(new TextRange(3, 4));
        e.activate(false);
        e.moveTo(-5);
        assertThat(e.range()).isEqualTo(new TextRange(0, 4));
        int emoji = TEXT.indexOf("😀");
        BoundaryEdit across = edit(0, emoji);
        across.moveTo(emoji + 1); // inside the pair: the end goes past the whole character
        assertThat(across.range().end()).isEqualTo(emoji + 2);
    }
}
