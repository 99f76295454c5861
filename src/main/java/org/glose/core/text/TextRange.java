package org.glose.core.text;

import java.util.Comparator;
import java.util.Optional;

/**
 * A half-open range {@code [start, end)} in UTF-16 code units of a document's stored plain text.
 * This is the offset contract between documents, codings, search hits and exports (docs/offsets.md).
 * It never swaps reversed bounds: bad input is rejected.
 */
public record TextRange(int start, int end) implements Comparable<TextRange> {

    private static final Comparator<TextRange> ORDER =
            Comparator.comparingInt(TextRange::start).thenComparingInt(TextRange::end);

    public TextRange {
        if (start < 0) {
            throw new IllegalArgumentException("A range cannot start before 0 (start " + start + ")");
        }
        if (end < start) {
            throw new IllegalArgumentException("A range cannot end before it starts (" + start + ", " + end + ")");
        }
    }

    public static TextRange of(int start, int end) {
        return new TextRange(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** True when both ranges share at least one character. */
    public boolean overlaps(TextRange other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(TextRange other) {
        return other.start >= start && other.end <= end;
    }

    public Optional<TextRange> intersection(TextRange other) {
        int s = Math.max(start, other.start);
        int e = Math.min(end, other.end);
        return s < e ? Optional.of(new TextRange(s, e)) : Optional.empty();
    }

    /** The text this range covers; fails clearly when the range lies outside the text. */
    public String of(CharSequence text) {
        requireInside(text);
        return text.subSequence(start, end).toString();
    }

    /** Checks that the range lies inside {@code text} and does not split a surrogate pair. */
    public void requireInside(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("The range " + this + " lies outside the text (length "
                    + text.length() + ")");
        }
        if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
            throw new IllegalArgumentException("The range " + this + " splits a character in two");
        }
    }

    static boolean splitsSurrogatePair(CharSequence text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    @Override
    public int compareTo(TextRange o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
