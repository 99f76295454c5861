package org.glose.core.model;

import java.time.Instant;

/**
 * An imported document. {@code length} is the length of its plain text in UTF-16 units; {@code pages} is the
 * page count for paged formats (PDF), null otherwise.
 */
public record Document(long id, String guid, String name, String format, String originalName, String sha256,
                       Instant importedAt, String encoding, String language, Integer pages, int length) {
}
