package org.glose.importer;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Text and page starts of one document, already normalised: offsets are counted in this text (UTF-16 units).
 *
 * @param text       the normalised text, never null
 * @param pageStarts null for formats without pages; else the offset where each page starts (page 1 starts at 0),
 *                   one entry per page, non-decreasing (an empty page starts where the next one does)
 * @param encoding   the source charset name of a text format (TXT, HTML, Markdown: "UTF-8", "windows-1252"...), else null
 * @param language   "fr" or "en", guessed from the text
 * @param warnings   plain sentences about what was changed or assumed while reading; never null
 */
public record ExtractedText(String text, List<Integer> pageStarts, String encoding, String language,
                            List<String> warnings) {

    public ExtractedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        if (!language.equals("fr") && !language.equals("en")) {
            throw new IllegalArgumentException("language must be \"fr\" or \"en\": " + language);
        }
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        if (pageStarts != null) {
            pageStarts = List.copyOf(pageStarts);
            validatePageStarts(pageStarts, text.length());
        }
    }

    private static void validatePageStarts(List<Integer> starts, int length) {
        if (starts.isEmpty()) {
            throw new IllegalArgumentException("pageStarts must hold at least one page");
        }
        if (starts.get(0) != 0) {
            throw new IllegalArgumentException("page 1 must start at offset 0");
        }
        int previous = 0;
        for (int start : starts) {
            if (start < previous || start > length) {
                throw new IllegalArgumentException("pageStarts must be non-decreasing and within the text: " + starts);
            }
            previous = start;
        }
    }

    /** The number of pages, or 0 for a format without pages. */
    public int pageCount() {
        return pageStarts == null ? 0 : pageStarts.size();
    }

    /**
     * The 1-based page holding the character at this offset (the last page starting at or before it),
     * or 0 for a format without pages.
     */
    public int pageAt(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
        }
        if (pageStarts == null) {
            return 0;
        }
        int index = Collections.binarySearch(pageStarts, offset);
        if (index < 0) {
            return -index - 1;                 // insertion point = number of pages starting before the offset
        }
        while (index + 1 < pageStarts.size() && pageStarts.get(index + 1) == offset) {
            index++;                           // empty pages share an offset: the text there belongs to the last one
        }
        return index + 1;
    }
}
