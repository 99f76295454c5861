package org.glose.interchange.refi;

import java.util.List;
import org.glose.core.text.OffsetIndex;

/**
 * Decides, for one text, whether a file's selection positions count Unicode code points (REFI-QDA §10.2) or
 * UTF-16 units (what NVivo for Windows writes, NOTES §4). The two readings differ only after a character outside
 * the Basic Multilingual Plane; the one that puts more selection edges inside the text, on whole characters and
 * on word boundaries wins. A tie (no such character, or no evidence) goes to what the file's origin suggests.
 */
public final class PositionUnits {

    public enum Unit { CODE_POINTS, UTF16 }

    private static final int INVALID = -4;

    private PositionUnits() {
    }

    /** @param spans start and end positions as found in the file */
    public static Unit choose(String text, OffsetIndex index, List<long[]> spans, boolean nvivoOrigin) {
        Unit fallback = nvivoOrigin ? Unit.UTF16 : Unit.CODE_POINTS;
        if (index.codePointLength() == index.utf16Length() || spans.isEmpty()) {
            return fallback;
        }
        long codePoints = 0;
        long utf16 = 0;
        for (long[] span : spans) {
            for (long position : span) {
                codePoints += scoreCodePoint(text, index, position);
                utf16 += scoreUtf16(text, position);
            }
        }
        if (codePoints == utf16) {
            return fallback;
        }
        return utf16 > codePoints ? Unit.UTF16 : Unit.CODE_POINTS;
    }

    public static boolean isNvivo(String origin) {
        return origin != null && origin.toLowerCase(java.util.Locale.ROOT).contains("nvivo");
    }

    private static int scoreCodePoint(String text, OffsetIndex index, long position) {
        if (position < 0 || position > index.codePointLength()) {
            return INVALID;
        }
        return boundary(text, index.toUtf16((int) position)) ? 1 : 0;
    }

    private static int scoreUtf16(String text, long position) {
        if (position < 0 || position > text.length()) {
            return INVALID;
        }
        int p = (int) position;
        if (p > 0 && p < text.length() && Character.isHighSurrogate(text.charAt(p - 1))
                && Character.isLowSurrogate(text.charAt(p))) {
            return INVALID;
        }
        return boundary(text, p) ? 1 : 0;
    }

    /** True at the text's ends and wherever a letter or digit does not continue on both sides. */
    private static boolean boundary(String text, int utf16) {
        if (utf16 == 0 || utf16 >= text.length()) {
            return true;
        }
        return !Character.isLetterOrDigit(text.codePointBefore(utf16))
                || !Character.isLetterOrDigit(text.codePointAt(utf16));
    }
}
