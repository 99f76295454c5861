package org.glose.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A document ready to enter a project: its final plain text (normalised before any offset exists), the page
 * starts of paged formats (null otherwise) and the original file bytes, which the project keeps.
 */
public record NewDocument(String name, String format, String originalName, byte[] originalBytes, String sha256,
                          String text, List<Integer> pageStarts, String encoding, String language) {

    public NewDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(originalBytes, "originalBytes");
        pageStarts = pageStarts == null ? null : List.copyOf(pageStarts);
    }

    public Integer pages() {
        return pageStarts == null ? null : pageStarts.size();
    }
}
