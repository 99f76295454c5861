package org.glose.importer;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The single place of text normalisation, applied by every reader before any offset exists.
 * <ul>
 *   <li>a leading byte order mark (U+FEFF) is removed;</li>
 *   <li>CRLF and lone CR become LF; vertical tab, form feed, NEL (U+0085), LINE SEPARATOR (U+2028) and
 *       PARAGRAPH SEPARATOR (U+2029) also become LF, so that words they separate stay apart;</li>
 *   <li>the text is put in Unicode NFC;</li>
 *   <li>NUL and the other C0 control characters are removed, except LF and TAB (counted, see {@link Result});</li>
 *   <li>nothing else: no trimming, no change of spaces or of meaningful characters.</li>
 * </ul>
 */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    /** The normalised text and how many control characters were removed from it. */
    public record Result(String text, int removedControls) {

        /** A warning for the reader's result when control characters were removed. */
        public Optional<String> warning() {
            if (removedControls == 0) {
                return Optional.empty();
            }
            return Optional.of(removedControls == 1
                    ? "1 control character (such as NUL) was removed from the text."
                    : removedControls + " control characters (such as NUL) were removed from the text.");
        }
    }

    /** Normalises the text; see the class comment. */
    public static String normalise(String raw) {
        return normaliseReporting(raw).text();
    }

    /** Normalises the text and reports how many control characters were removed. */
    public static Result normaliseReporting(String raw) {
        if (raw == null) {
            throw new NullPointerException("raw");
        }
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        StringBuilder out = new StringBuilder(text.length());
        int removed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else if (c < 0x20 && c != '\n' && c != '\t') {
                removed++;
            } else {
                out.append(c);
            }
        }
        String nfc = Normalizer.normalize(out, Normalizer.Form.NFC);
        return new Result(nfc, removed);
    }
}
