package org.glose.core.analysis.frequency;

import java.util.LinkedHashMap;
import java.util.Map;
import org.glose.core.project.InvalidInputException;

/**
 * How to count words: the shortest word kept (in characters), whether stop words are dropped, whether words are
 * grouped by their light stem ({@link LightStemmer}), and how many of the most frequent words to keep (0: all).
 */
public record WordOptions(int minLength, boolean dropStopWords, boolean stem, int limit) {

    public static final WordOptions DEFAULT = new WordOptions(3, true, false, 0);

    public WordOptions {
        if (minLength < 1) {
            throw new InvalidInputException("The minimum word length must be 1 or more, not " + minLength + ".");
        }
        if (limit < 0) {
            throw new InvalidInputException("The number of words must be 0 (all) or more, not " + limit + ".");
        }
    }

    public WordOptions withMinLength(int n) {
        return new WordOptions(n, dropStopWords, stem, limit);
    }

    public WordOptions withStem(boolean on) {
        return new WordOptions(minLength, dropStopWords, on, limit);
    }

    public WordOptions withStopWords(boolean drop) {
        return new WordOptions(minLength, drop, stem, limit);
    }

    public WordOptions withLimit(int n) {
        return new WordOptions(minLength, dropStopWords, stem, n);
    }

    public Map<String, String> describe() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("analysis", "word frequencies");
        p.put("min.length", Integer.toString(minLength));
        p.put("stop.words", dropStopWords ? "french+english dropped" : "kept");
        p.put("stemming", stem ? "light" : "none");
        p.put("limit", limit == 0 ? "all" : Integer.toString(limit));
        return p;
    }
}
