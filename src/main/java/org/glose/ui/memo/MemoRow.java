package org.glose.ui.memo;

import java.text.Normalizer;
import java.util.Locale;
import org.glose.core.model.Memo;

/** A memo as the list shows it: what it is about in words, and the text searched by the filter. */
public record MemoRow(Memo memo, String about, String author) {

    /** True when every word of the filter is in the title, text, subject or author (case and accents ignored). */
    public boolean matches(String filter) {
        String hay = fold(memo.title() + " " + memo.text() + " " + about + " " + author);
        for (String w : fold(filter).split("\\s+")) {
            if (!w.isEmpty() && !hay.contains(w)) {
                return false;
            }
        }
        return true;
    }

    static String fold(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
