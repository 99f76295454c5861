package org.glose.core.coding;

import org.glose.core.model.Document;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;

/** Finds a document the user named by name or id (the command line's DOCUMENT). */
public final class DocumentRefs {

    private DocumentRefs() {
    }

    public static Document resolve(Tx tx, String ref) {
        if (ref == null || ref.isBlank()) {
            throw new InvalidInputException("No document was given.");
        }
        var byName = tx.documents().byName(ref);
        if (byName.isPresent()) {
            return byName.get();
        }
        if (ref.chars().allMatch(Character::isDigit) && ref.length() < 19) {
            var byId = tx.documents().byId(Long.parseLong(ref));
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        throw new InvalidInputException("There is no document \"" + ref + "\" in the project.");
    }
}
