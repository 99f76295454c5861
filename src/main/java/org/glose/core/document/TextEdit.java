package org.glose.core.document;

import java.text.Normalizer;
import org.glose.core.project.InvalidInputException;
import org.glose.core.text.TextRange;

/**
 * One change to a document's text: the span {@code [start, end)} replaced by {@code replacement}, and how every
 * position after it moves. A coded range keeps covering what it covered: a range that held the replaced span
 * holds its replacement; a range cut by the span shrinks to its side of it. Pure (docs/offsets.md: UTF-16).
 */
public record TextEdit(TextRange span, String replacement) {

    public TextEdit {
        // the same normalisation as import, so that the text stays comparable (line feeds, NFC)
        replacement = Normalizer.normalize(replacement == null ? "" : replacement.replace("\r\n", "\n")
                .replace('\r', '\n'), Normalizer.Form.NFC);
    }

    /** Refuses an edit that would change nothing or split a character of {@code text}. */
    public void check(String text) {
        if (span.end() > text.length()) {
            throw new InvalidInputException("The span " + span + " lies outside the text (" + text.length()
                    + " characters).");
        }
        if (splits(text, span.start()) || splits(text, span.end())) {
            throw new InvalidInputException("The span " + span + " would cut a character in two.");
        }
        if (span.of(text).equals(replacement)) {
            throw new InvalidInputException("The new text is the same as the old: nothing to change.");
        }
    }

    public String apply(String text) {
        return text.substring(0, span.start()) + replacement + text.substring(span.end());
    }

    public int delta() {
        return replacement.length() - span.length();
    }

    /** Where a range's start goes: before the span it stays, inside it moves to the span's start. */
    public int mapStart(int p) {
        return p < span.start() ? p : p >= span.end() ? p + delta() : span.start();
    }

    /** Where a range's end goes: inside the span it moves to the end of the replacement. */
    public int mapEnd(int p) {
        return p <= span.start() ? p : p > span.end() ? p + delta() : span.start() + replacement.length();
    }

    /** The range after the edit; empty when all it covered was deleted. */
    public TextRange map(TextRange r) {
        int start = mapStart(r.start());
        int end = Math.max(start, mapEnd(r.end()));
        return new TextRange(start, end);
    }

    private static boolean splits(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1));
    }
}
