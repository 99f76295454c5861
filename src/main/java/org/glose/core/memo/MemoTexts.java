package org.glose.core.memo;

import org.glose.core.project.InvalidInputException;

/** The rules for a memo's words: some text, not too long; a title, or the text's first line. */
final class MemoTexts {

    private MemoTexts() {
    }

    static String validText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("A memo needs some text.");
        }
        if (text.length() > WriteMemo.MAX_TEXT) {
            throw new InvalidInputException("A memo has at most " + WriteMemo.MAX_TEXT + " characters.");
        }
        return text.strip();
    }

    /** The title given, or the text's first line cut to a readable length. */
    static String validTitle(String title, String text) {
        String t = title(title, text);
        if (t.length() > WriteMemo.MAX_TITLE) {
            throw new InvalidInputException("A memo's title has at most " + WriteMemo.MAX_TITLE + " characters.");
        }
        return t;
    }

    static String title(String title, String text) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        String first = text == null ? "" : text.strip().lines().findFirst().orElse("");
        return first.length() <= 60 ? first : first.substring(0, 59).strip() + "…";
    }
}
