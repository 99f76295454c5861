package org.glose.core.model;

import java.time.Instant;

/**
 * An imported document. {@code length} is the length of its plain text in UTF-16 units; {@code pages} is the
 * page count for paged formats (PDF), null otherwise; {@code textRevision} counts the edits of its text.
 */
public record Document(long id, String guid, String name, String format, String originalName, String sha256,
                       Instant importedAt, String encoding, String language, Integer pages, int length,
                       int textRevision) {

    /** A document whose text was never edited ({@code textRevision} 0). */
    public Document(long id, String guid, String name, String format, String originalName, String sha256,
                    Instant importedAt, String encoding, String language, Integer pages, int length) {
        this(id, guid, name, format, originalName, sha256, importedAt, encoding, language, pages, length, 0);
    }

    /** This document after an edit of its text to {@code newLength} UTF-16 units. */
    public Document withEditedText(int newLength) {
        return new Document(id, guid, name, format, originalName, sha256, importedAt, encoding, language, pages,
                newLength, textRevision + 1);
    }
}
