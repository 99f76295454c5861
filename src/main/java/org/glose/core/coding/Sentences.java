package org.glose.core.coding;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence boundaries of one paragraph with the JDK's sentence break iterator for the document's language,
 * without the breaks it puts after common abbreviations and initials ({@code M. Dupont}, {@code cf. Fig. 2},
 * {@code J.-P. Sartre}), which it takes for sentence ends when a capital follows.
 */
final class Sentences {

    private static final Set<String> FRENCH = Set.of("m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "drs", "pr",
            "me", "mgr", "st", "ste", "p", "pp", "cf", "art", "al", "chap", "coll", "dir", "éd", "éds", "ed", "env",
            "ex", "fig", "ibid", "id", "op", "cit", "vol", "n", "no", "nº", "tél", "av", "bd", "apr", "hab", "min",
            "max", "nb", "resp", "sq", "sqq", "suiv", "t", "trad", "vs", "cie", "ca", "réf", "sect", "éq", "inf",
            "sup", "var", "cad", "éco", "gén", "prof", "r");
    private static final Set<String> ENGLISH = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs",
            "cf", "fig", "figs", "no", "nos", "vol", "vols", "p", "pp", "ch", "ed", "eds", "al", "approx", "dept",
            "est", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "gen", "gov", "rev", "mt", "ft", "sec", "eq");

    private final Locale locale;
    private final Set<String> abbreviations;

    Sentences(Locale locale) {
        this.locale = locale;
        this.abbreviations = locale.getLanguage().equals("en") ? ENGLISH : FRENCH;
    }

    /** Sentence starts in {@code [from, to)}, plus {@code to}, in ascending order. */
    int[] boundaries(String text, int from, int to) {
        if (from >= to) {
            return new int[] {from, to};
        }
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        it.setText(text.substring(from, to));
        List<Integer> bounds = new ArrayList<>();
        bounds.add(from);
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            int at = from + b;
            if (at < to && afterAbbreviation(text, from, at)) {
                continue;
            }
            if (at > bounds.get(bounds.size() - 1)) {
                bounds.add(at);
            }
        }
        if (bounds.get(bounds.size() - 1) < to) {
            bounds.add(to);
        }
        return bounds.stream().mapToInt(Integer::intValue).toArray();
    }

    /** True when the text before a break ends with an abbreviation's or an initial's full stop. */
    private boolean afterAbbreviation(String text, int from, int at) {
        int end = at;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == from || text.charAt(end - 1) != '.') {
            return false;
        }
        int start = end - 1;
        while (start > from && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.'
                || text.charAt(start - 1) == '-')) {
            start--;
        }
        String word = text.substring(start, end - 1);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true;                                    // an initial: "J. Dupont", "p. 12"
        }
        if (word.indexOf('.') > 0) {
            return true;                                    // "e.g.", "c.-à-d.", "J.-C."
        }
        return abbreviations.contains(word.toLowerCase(locale));
    }
}
