package org.glose.store;

import java.util.List;
import org.glose.core.project.InvalidInputException;

/**
 * PostgreSQL stores no NUL character (U+0000) in text, where H2 does. The importers remove it from documents
 * (docs/import.md); anything else that would carry one to a team project (a code name, a memo, an attribute
 * value read from a file, a folder project being copied) is refused here with one message, before the server
 * answers with its own.
 */
final class NulCharacters {

    private static final char NUL = '\0';

    private NulCharacters() {
    }

    static boolean in(Object value) {
        return value instanceof String s && s.indexOf(NUL) >= 0;
    }

    /** For a value the user is saving to a team project. */
    static InvalidInputException refused(String value) {
        return new InvalidInputException("A team project on PostgreSQL cannot hold the control character NUL "
                + "(U+0000), found in « " + around(value) + " »; nothing was saved. Remove the control characters "
                + "(such as NUL) and try again.");
    }

    /** For a row of a folder project being copied to a server; {@code id} may be null. */
    static void requireNone(String table, List<String> columns, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (in(row[i])) {
                int id = columns.indexOf("id");
                throw new InvalidInputException("The project cannot be copied to PostgreSQL: the " + columns.get(i)
                        + " of a " + table + (id >= 0 ? " (id " + row[id] + ")" : "") + " holds the control "
                        + "character NUL (U+0000), found in « " + around((String) row[i]) + " », which PostgreSQL "
                        + "cannot store; nothing was copied.");
            }
        }
    }

    /** Up to 40 characters before the first NUL and 20 after, the NUL shown as ␀. */
    private static String around(String value) {
        int at = value.indexOf(NUL);
        String excerpt = value.substring(Math.max(0, at - 40), Math.min(value.length(), at + 21));
        return excerpt.replace(NUL, '\u2400').replaceAll("[\\r\\n\\t]+", " ");
    }
}
