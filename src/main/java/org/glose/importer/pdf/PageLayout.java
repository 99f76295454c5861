package org.glose.importer.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the lines PDFBox finds on a page into text: one line per paragraph, paragraphs separated by a line break.
 * <ul>
 *   <li>lines of a paragraph are joined with a space, their edge spaces removed;</li>
 *   <li>a line starting with a list marker (-, –, •, *, "1." or "a)") starts a new line;</li>
 *   <li>a line ending with a soft hyphen (U+00AD) is joined to the next without the hyphen;</li>
 *   <li>a line ending with a letter and a hyphen, followed by a line starting with a letter, is joined without a
 *       space and keeps the hyphen ("peuvent-" + "elles" gives "peuvent-elles"): a hyphen the text really has cannot
 *       be told apart from a typesetter's hyphenation, so no character is dropped;</li>
 *   <li>the ligatures U+FB00 to U+FB06 (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) are spelled out in letters.</li>
 * </ul>
 */
final class PageLayout {

    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-–—•▪◦●*·]\\s|\\d{1,3}[.)]\\s|[a-z][.)]\\s)");
    private static final String[] LIGATURES = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};

    private PageLayout() {
    }

    static String toText(List<List<String>> paragraphs) {
        StringBuilder text = new StringBuilder();
        for (List<String> paragraph : paragraphs) {
            StringBuilder current = new StringBuilder();
            for (String rawLine : paragraph) {
                String line = spellLigatures(rawLine).strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (current.isEmpty()) {
                    current.append(line);
                } else if (LIST_ITEM.matcher(line).find()) {
                    current.append('\n').append(line);
                } else {
                    join(current, line);
                }
            }
            if (!current.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append(current);
            }
        }
        return text.toString();
    }

    /** True when the next page's text carries on a word hyphenated at the end of the text so far. */
    static boolean continuesWord(CharSequence before, String next) {
        return endsWithWordHyphen(before) && !next.isEmpty() && Character.isLetter(next.codePointAt(0));
    }

    private static void join(StringBuilder current, String line) {
        int last = current.length() - 1;
        if (current.charAt(last) == '\u00AD') {
            current.setLength(last);
            current.append(line);
        } else if (continuesWord(current, line)) {
            current.append(line);
        } else {
            current.append(' ').append(line);
        }
    }

    private static boolean endsWithWordHyphen(CharSequence text) {
        int n = text.length();
        if (n < 2) {
            return false;
        }
        char hyphen = text.charAt(n - 1);
        return (hyphen == '-' || hyphen == '\u2010') && Character.isLetter(text.charAt(n - 2));
    }

    private static String spellLigatures(String line) {
        StringBuilder out = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean ligature = c >= '\uFB00' && c <= '\uFB06';
            if (ligature && out == null) {
                out = new StringBuilder(line.length() + 8).append(line, 0, i);
            }
            if (out != null) {
                if (ligature) {
                    out.append(LIGATURES[c - '\uFB00']);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? line : out.toString();
    }
}
