package org.glose.core.coding;

import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.project.InvalidInputException;

/** Finds a code the user named by path or id (the command line's CODE). */
public final class CodeRefs {

    private CodeRefs() {
    }

    public static Code resolve(Codebook book, String ref) {
        if (ref == null || ref.isBlank()) {
            throw new InvalidInputException("No code was given.");
        }
        try {
            var byPath = book.byPath(ref);
            if (byPath.isPresent()) {
                return byPath.get();
            }
        } catch (IllegalArgumentException badPath) {
            // not a well-formed path: it may still be an id
        }
        if (ref.chars().allMatch(Character::isDigit) && ref.length() < 19) {
            var byId = book.byId(Long.parseLong(ref));
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        throw new InvalidInputException("There is no code \"" + ref + "\" in the codebook.");
    }
}
