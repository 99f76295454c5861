package org.glose.core.analysis.frequency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The French and English stop words (function words that say nothing about content), read once from
 * {@code stopwords-fr.txt} and {@code stopwords-en.txt} next to this class. Both lists apply together: interviews
 * and reports often mix the two languages.
 */
public final class StopWords {

    private static final Set<String> FRENCH = read("stopwords-fr.txt");
    private static final Set<String> ENGLISH = read("stopwords-en.txt");

    private StopWords() {
    }

    /** True for a lower-case word of either list. */
    public static boolean contains(String word) {
        return FRENCH.contains(word) || ENGLISH.contains(word);
    }

    public static Set<String> french() {
        return Set.copyOf(FRENCH);
    }

    public static Set<String> english() {
        return Set.copyOf(ENGLISH);
    }

    private static Set<String> read(String name) {
        Set<String> words = new HashSet<>();
        try (InputStream in = StopWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The stop word list " + name + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
