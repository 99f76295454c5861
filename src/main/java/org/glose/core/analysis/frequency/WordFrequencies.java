package org.glose.core.analysis.frequency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word frequencies as a pure function of texts. A word is a run of letters and digits (an apostrophe or a hyphen
 * ends it, so <i>l'État</i> gives <i>l</i> and <i>état</i>), lower-cased; words made only of digits, shorter than
 * the minimum or (optionally) stop words are dropped. With stemming, words sharing a light stem count together under
 * their most frequent form. Sorted by count, then alphabetically.
 */
public final class WordFrequencies {

    private WordFrequencies() {
    }

    private static final class Group {
        long count;
        final Set<Long> documents = new HashSet<>();
        final Map<String, Long> forms = new HashMap<>();

        String shownForm() {
            return forms.entrySet().stream().min(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                    .thenComparingInt(e -> e.getKey().length()).thenComparing(Map.Entry::getKey)).orElseThrow()
                    .getKey();
        }
    }

    public static List<WordCount> count(List<WordSource> sources, WordOptions options) {
        Map<String, Group> groups = new HashMap<>();
        for (WordSource source : sources) {
            for (String word : words(source.text())) {
                if (word.codePointCount(0, word.length()) < options.minLength()
                        || (options.dropStopWords() && StopWords.contains(word))) {
                    continue;
                }
                String key = options.stem() ? LightStemmer.stem(word, source.english()) : word;
                Group g = groups.computeIfAbsent(key, k -> new Group());
                g.count++;
                g.documents.add(source.documentId());
                g.forms.merge(word, 1L, Long::sum);
            }
        }
        List<WordCount> counts = new ArrayList<>();
        groups.values().forEach(g -> counts.add(new WordCount(g.shownForm(), g.count, g.documents.size())));
        counts.sort(Comparator.comparingLong(WordCount::count).reversed().thenComparing(WordCount::word));
        return options.limit() > 0 && counts.size() > options.limit() ? List.copyOf(counts.subList(0, options.limit()))
                : counts;
    }

    /** The words of a text, lower-cased, in order (digit-only runs left out). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean letter = false;
            while (i < n && isWordChar(cp = text.codePointAt(i))) {
                letter |= Character.isLetter(cp);
                i += Character.charCount(cp);
            }
            if (letter) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }
}
