package org.glose.importer;

import java.util.Locale;
import java.util.Set;

/** Guesses whether a text is French or English by counting common stop words. */
public final class LanguageGuesser {

    /** Looking at this many characters is plenty to tell the two languages apart. */
    private static final int SAMPLE = 200_000;

    private static final Set<String> FRENCH = Set.of(
            "le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "en", "au", "aux", "dans", "pour",
            "par", "sur", "avec", "que", "qui", "ne", "pas", "ce", "cette", "ces", "il", "elle", "ils", "elles",
            "nous", "vous", "son", "sa", "ses", "leur", "leurs", "mais", "ou", "où", "être", "sont", "été",
            "plus", "comme", "aussi", "d", "l", "qu", "c", "n", "s", "j");

    private static final Set<String> ENGLISH = Set.of(
            "the", "of", "and", "to", "in", "is", "are", "was", "were", "be", "been", "that", "this", "these",
            "with", "for", "on", "as", "by", "it", "its", "from", "at", "an", "which", "or", "not", "but",
            "have", "has", "had", "they", "their", "we", "our", "you", "he", "she", "his", "her", "will",
            "would", "can", "there", "what", "also", "s", "t");

    private LanguageGuesser() {
    }

    /** "fr" or "en"; "fr" when the text gives no clue or a tie. */
    public static String guess(String text) {
        if (text == null || text.isEmpty()) {
            return "fr";
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int french = 0;
        int english = 0;
        for (String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (FRENCH.contains(word)) {
                french++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        return english > french ? "en" : "fr";
    }
}
