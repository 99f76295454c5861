package org.glose.search;

import java.util.Locale;

/**
 * The analysis languages. A document's language code ({@code Document.language()}) picks one; anything that is
 * not English is analysed as French, the language of the corpora Glose is first made for (docs/search.md).
 */
enum Language {
    FR, EN;

    static Language of(String code) {
        return code != null && code.strip().toLowerCase(Locale.ROOT).startsWith("en") ? EN : FR;
    }

    String adjective() {
        return this == EN ? "English" : "French";
    }

    /** The field holding stems (the default mode). */
    String stemmedField() {
        return "text_" + name().toLowerCase(Locale.ROOT);
    }

    /** The field holding word forms, lower-cased and without accents (the exact mode). */
    String exactField() {
        return "text_exact_" + name().toLowerCase(Locale.ROOT);
    }
}
