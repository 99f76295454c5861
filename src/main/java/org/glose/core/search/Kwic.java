package org.glose.core.search;

import org.glose.core.text.TextRange;

/**
 * Key word in context: a few words before and after a hit, cut at a word boundary, on one line. The hit itself is
 * returned exactly as stored, so that its text always equals the range it claims.
 */
public final class Kwic {

    /** Characters of context on each side, before cutting back to a word boundary. */
    public static final int CONTEXT = 50;

    /**
     * How far from a hit {@link #before} and {@link #after} look (the context and the character beside it): both
     * give the same line on any excerpt of the text that holds the hit and this many characters on each side,
     * or reaches the text's start or end.
     */
    public static final int REACH = CONTEXT + 1;

    private Kwic() {
    }

    public static String before(String text, TextRange hit) {
        int from = Math.max(0, hit.start() - CONTEXT);
        if (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            int space = firstWhitespace(text, from, hit.start());
            from = space < 0 ? from : space + 1;
        }
        from = avoidSplit(text, from);
        return oneLine(text.substring(from, hit.start()));
    }

    public static String after(String text, TextRange hit) {
        int to = Math.min(text.length(), hit.end() + CONTEXT);
        if (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            int space = lastWhitespace(text, hit.end(), to);
            to = space < 0 ? to : space;
        }
        to = avoidSplit(text, to);
        return oneLine(text.substring(hit.end(), to));
    }

    /** Line breaks and tabs as spaces, for a one-line display. */
    public static String oneLine(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
        }
        return sb.toString();
    }

    private static int firstWhitespace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastWhitespace(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Moves an offset that would split a surrogate pair onto the pair's start. */
    private static int avoidSplit(String text, int offset) {
        if (offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1))) {
            return offset - 1;
        }
        return offset;
    }
}
