package org.glose.core.text;

import java.util.Arrays;

/**
 * Converts offsets between UTF-16 code units (Glose's contract) and Unicode code points (REFI-QDA's unit)
 * for one text. Built once per text; each conversion is a binary search over the supplementary characters.
 */
public final class OffsetIndex {

    /** UTF-16 offsets of the high surrogates of supplementary characters, ascending. */
    private final int[] supplementaryAt;
    private final int length;

    private OffsetIndex(int[] supplementaryAt, int length) {
        this.supplementaryAt = supplementaryAt;
        this.length = length;
    }

    public static OffsetIndex of(CharSequence text) {
        int[] positions = new int[16];
        int count = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == positions.length) {
                    positions = Arrays.copyOf(positions, count * 2);
                }
                positions[count++] = i;
                i++;
            }
        }
        return new OffsetIndex(Arrays.copyOf(positions, count), text.length());
    }

    public int utf16Length() {
        return length;
    }

    public int codePointLength() {
        return length - supplementaryAt.length;
    }

    /** The code point offset of a UTF-16 offset that does not split a surrogate pair. */
    public int toCodePoints(int utf16) {
        if (utf16 < 0 || utf16 > length) {
            throw new IllegalArgumentException("Offset " + utf16 + " is outside the text (length " + length + ")");
        }
        // pairs that start strictly before utf16 - 1 are complete before it
        int pairsBefore = lowerBound(utf16);
        if (pairsBefore > 0 && supplementaryAt[pairsBefore - 1] == utf16 - 1) {
            throw new IllegalArgumentException("Offset " + utf16 + " splits a character in two");
        }
        return utf16 - pairsBefore;
    }

    /** The UTF-16 offset of a code point offset. */
    public int toUtf16(int codePoints) {
        if (codePoints < 0 || codePoints > codePointLength()) {
            throw new IllegalArgumentException("Code point offset " + codePoints + " is outside the text (length "
                    + codePointLength() + ")");
        }
        // find the number k of pairs with (position - index) < codePoints, i.e. pairs before the target
        int lo = 0;
        int hi = supplementaryAt.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (supplementaryAt[mid] - mid < codePoints) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return codePoints + lo;
    }

    public TextRange toUtf16(int startCodePoint, int endCodePoint) {
        return new TextRange(toUtf16(startCodePoint), toUtf16(endCodePoint));
    }

    /** Number of pair starts strictly below {@code utf16}. */
    private int lowerBound(int utf16) {
        int lo = 0;
        int hi = supplementaryAt.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (supplementaryAt[mid] < utf16) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
