package org.glose.importer;

import java.util.Locale;

/**
 * The reason given when a ZIP package (DOCX, ODT, EPUB) cannot be read: the libraries report hostile content
 * (a zip bomb, a DTD or external entity) as one more parsing error, so the cause chain is read to tell the user
 * what was refused and why, instead of a vague "not a valid file".
 */
public final class PackageRefusal {

    static final String ZIP_BOMB = "it unpacks to far more data than a document holds (a zip bomb), so Glose "
            + "refuses it for safety";
    static final String XML_ENTITIES = "it declares a DTD or XML entities, which Glose refuses for safety (they "
            + "can read other files or expand without end)";

    private PackageRefusal() {
    }

    /** {@code notValid} unless the cause chain shows a zip bomb or a DTD/entity. */
    public static UnreadableDocumentException of(Throwable cause, String notValid) {
        return new UnreadableDocumentException(reason(cause, notValid), cause);
    }

    static String reason(Throwable cause, String notValid) {
        for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof ZipContent.OversizedEntryException || message.contains("zip bomb")
                    || message.contains("max size of the expanded data")) {
                return ZIP_BOMB;
            }
            if (message.contains("doctype") || message.contains("dtd") || message.contains("entity")) {
                return XML_ENTITIES;
            }
        }
        return notValid;
    }
}
