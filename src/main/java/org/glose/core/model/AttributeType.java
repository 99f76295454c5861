package org.glose.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What an attribute's values are: free text, a number, a date (stored ISO {@code yyyy-MM-dd}) or one of an
 * ordered list of choices. Values are checked against the type when set (org.glose.core.cases.AttributeValues).
 */
public enum AttributeType {
    TEXT, NUMBER, DATE, CHOICE;

    /** The lower-case name the command line and the JSON use: text, number, date, choice. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named {@link #key()} (any case, spaces ignored), or empty. */
    public static Optional<AttributeType> of(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (AttributeType t : values()) {
            if (t.key().equalsIgnoreCase(key.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
