package org.glose.core.analysis.data;

import java.util.Arrays;
import org.glose.core.text.TextRange;

/**
 * The paragraphs of a stored text: the text between line breaks ({@code \n}, the only line end a stored text
 * has; docs/offsets.md). Paragraph {@code i} starts at {@code starts[i]} and ends before the next break. A
 * position is found by binary search.
 */
public final class Paragraphs {

    private final int[] starts;
    private final int length;

    private Paragraphs(int[] starts, int length) {
        this.starts = starts;
        this.length = length;
    }

    public static Paragraphs of(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int p = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[p++] = i + 1;
            }
        }
        return new Paragraphs(starts, text.length());
    }

    public int count() {
        return starts.length;
    }

    /** The paragraph holding the character at {@code offset} (a break belongs to the paragraph it ends). */
    public int indexOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** The paragraph's range, without its closing line break. */
    public TextRange range(int index) {
        int end = index + 1 < starts.length ? starts[index + 1] - 1 : length;
        return new TextRange(starts[index], Math.max(starts[index], end));
    }

    /** The first and last paragraphs a range touches (a non-empty range: {@code end > start}). */
    public int first(TextRange range) {
        return indexOf(range.start());
    }

    public int last(TextRange range) {
        return indexOf(Math.max(range.start(), range.end() - 1));
    }
}
