package org.glose.core.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glose.core.text.TextRange;

/**
 * Widens hits to the passages auto-coding codes (the hit, its sentence, its paragraph, N characters around it)
 * and joins passages that overlap or touch, so that a sentence holding three hits is coded once. A sentence
 * never runs past a line break; surrounding spaces are left out.
 */
public final class PassageExpander {

    private final String text;
    private final PassageUnit unit;
    private final Sentences sentences;
    private final Map<Integer, int[]> boundariesByParagraph = new HashMap<>();

    /** @param language the document's language code ({@code fr}, {@code en}...); French when unknown */
    public PassageExpander(String text, String language, PassageUnit unit) {
        this.text = text;
        this.unit = unit;
        this.sentences = new Sentences(locale(language));
    }

    static Locale locale(String language) {
        return language == null || language.isBlank() ? Locale.FRENCH : Locale.forLanguageTag(language.strip());
    }

    /** The passages for these hits, sorted, overlapping or touching ones joined. */
    public List<TextRange> expand(List<TextRange> hits) {
        List<TextRange> passages = new ArrayList<>(hits.size());
        for (TextRange hit : hits) {
            hit.requireInside(text);
            passages.add(expand(hit));
        }
        return CodedRegions.merge(passages);
    }

    private TextRange expand(TextRange hit) {
        int last = Math.max(hit.start(), hit.end() - 1);
        return switch (unit.kind()) {
            case HIT -> hit;
            case CHARACTERS -> new TextRange(pairStart(Math.max(0, hit.start() - unit.characters())),
                    pairEnd(Math.min(text.length(), hit.end() + unit.characters())));
            case PARAGRAPH -> trimmed(paragraphStart(hit.start()), paragraphEnd(last), hit);
            case SENTENCE -> trimmed(sentence(hit.start())[0], sentence(last)[1], hit);
        };
    }

    private int paragraphStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    private int paragraphEnd(int offset) {
        int nl = text.indexOf('\n', offset);
        return nl < 0 ? text.length() : nl;
    }

    /** The sentence {@code [start, end)} holding the character at {@code offset}. */
    private int[] sentence(int offset) {
        int from = paragraphStart(offset);
        int to = paragraphEnd(offset);
        int[] bounds = boundariesByParagraph.computeIfAbsent(from, f -> sentences.boundaries(text, f, to));
        int i = java.util.Arrays.binarySearch(bounds, offset);
        int at = i >= 0 ? i : -i - 2;
        at = Math.min(at, bounds.length - 2);
        return new int[] {bounds[Math.max(0, at)], bounds[Math.max(0, at) + 1]};
    }

    /** The passage without the spaces around it, never smaller than the hit. */
    private TextRange trimmed(int start, int end, TextRange hit) {
        while (start < hit.start() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > hit.end() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new TextRange(Math.min(start, hit.start()), Math.max(end, hit.end()));
    }

    private int pairStart(int offset) {
        return offset > 0 && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1)) ? offset - 1 : offset;
    }

    private int pairEnd(int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1)) ? offset + 1 : offset;
    }
}
