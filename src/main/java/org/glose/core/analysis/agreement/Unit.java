package org.glose.core.analysis.agreement;

import java.util.Locale;
import org.glose.core.project.InvalidInputException;

/** What one unit of the reliability data is (docs/agreement.md §Units). */
public enum Unit {
    /** Each character of the documents; a coder's value: inside one of their codings of the code or not. */
    CHARACTER,
    /** Each non-blank line of text (text between line breaks); value: one of the coder's codings overlaps it. */
    PARAGRAPH,
    /** Each document; value: the coder coded the code somewhere in it. */
    DOCUMENT,
    /** Each coding of any of the coders; value: the coder has an overlapping coding of the same code. */
    SEGMENT;

    /** The name on the command line and in JSON. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Unit parse(String key) {
        for (Unit u : values()) {
            if (u.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                return u;
            }
        }
        throw new InvalidInputException("The unit must be character, paragraph, document or segment, not \""
                + key + "\".");
    }
}
