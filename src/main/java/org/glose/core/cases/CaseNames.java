package org.glose.core.cases;

import org.glose.core.project.InvalidInputException;

/** The names of cases and attributes: not blank, at most 200 characters, stripped. */
final class CaseNames {

    private CaseNames() {
    }

    static String valid(String name) {
        return checked(name, "A case needs a name.", "A case name has at most 200 characters.");
    }

    static String validAttribute(String name) {
        return checked(name, "An attribute needs a name.", "An attribute name has at most 200 characters.");
    }

    private static String checked(String name, String missing, String tooLong) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(missing);
        }
        if (name.strip().length() > 200) {
            throw new InvalidInputException(tooLong);
        }
        return name.strip();
    }
}
