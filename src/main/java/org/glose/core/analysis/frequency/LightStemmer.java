package org.glose.core.analysis.frequency;

/**
 * A light stemmer for word frequencies: it only folds plural and feminine endings, so that <i>données</i> and
 * <i>donnée</i>, <i>collectives</i> and <i>collectif</i>, <i>platforms</i> and <i>platform</i> count as one word,
 * while words with different meanings keep apart (an aggressive stemmer maps <i>numériques</i> and
 * <i>numérisation</i> to one stem; guide pitfalls §4). The stem is a grouping key, never shown: the list shows
 * the group's most frequent form. Rules (docs/analysis.md):
 * <ul>
 *   <li>French, words of 5 letters or more: {@code -eaux → -eau}, {@code -aux → -al}, else a final {@code s} or
 *       {@code x} goes (not after {@code s} or {@code u}); then {@code -euse → -eur}, {@code -ive → -if},
 *       {@code -elle → -el}, {@code -enne → -en}, {@code -ée → -é}.</li>
 *   <li>English, words of 4 letters or more (Harman's S-stemmer): {@code -ies → -y} (not {@code -eies},
 *       {@code -aies}), {@code -es → -e} (not {@code -aes}, {@code -ees}, {@code -oes}), {@code -s → } (not
 *       {@code -us}, {@code -ss}).</li>
 * </ul>
 */
public final class LightStemmer {

    private LightStemmer() {
    }

    /** The stem of a lower-case word; {@code english} picks the English rules, the French ones otherwise. */
    public static String stem(String word, boolean english) {
        return english ? english(word) : french(word);
    }

    static String french(String word) {
        if (word.length() < 5) {
            return word;
        }
        String w = word;
        if (w.endsWith("eaux")) {
            w = cut(w, 1);
        } else if (w.endsWith("aux")) {
            w = cut(w, 2) + "l";
        } else if ((w.endsWith("s") || w.endsWith("x")) && !w.endsWith("ss") && !w.endsWith("us")) {
            w = cut(w, 1);
        }
        if (w.length() < 5) {
            return w;
        }
        if (w.endsWith("euse")) {
            return cut(w, 2) + "r";
        }
        if (w.endsWith("ive")) {
            return cut(w, 2) + "f";
        }
        if (w.endsWith("elle") || w.endsWith("enne")) {
            return cut(w, 2);
        }
        if (w.endsWith("ée")) {
            return cut(w, 1);
        }
        return w;
    }

    static String english(String word) {
        if (word.length() < 4) {
            return word;
        }
        if (word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
            return cut(word, 3) + "y";
        }
        if (word.endsWith("es") && !word.endsWith("aes") && !word.endsWith("ees") && !word.endsWith("oes")) {
            return cut(word, 1);
        }
        if (word.endsWith("s") && !word.endsWith("us") && !word.endsWith("ss")) {
            return cut(word, 1);
        }
        return word;
    }

    private static String cut(String w, int n) {
        return w.substring(0, w.length() - n);
    }
}
