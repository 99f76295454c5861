package org.glose.core.cases;

import org.glose.core.project.InvalidInputException;

final class CaseNames {

    private CaseNames() {
    }

    static String valid(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("A case needs a name.");
        }
        if (name.strip().length() > 200) {
            throw new InvalidInputException("A case name has at most 200 characters.");
        }
        return name.strip();
    }
}
