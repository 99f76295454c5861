package org.glose.core.analysis.frequency;

/** A word (the most frequent form of its group when stemming), its occurrences and the documents holding it. */
public record WordCount(String word, long count, long documents) {
}
