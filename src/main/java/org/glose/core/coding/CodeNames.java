package org.glose.core.coding;

import org.glose.core.model.Code;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;

/** Rules for code names: not blank, at most 200 characters, unique among siblings. */
final class CodeNames {

    private CodeNames() {
    }

    static String requireFree(Tx tx, Long parentId, String name, Long exceptId) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("A code needs a name.");
        }
        String n = name.strip();
        if (n.length() > 200) {
            throw new InvalidInputException("A code name has at most 200 characters.");
        }
        for (Code sibling : tx.codes().codebook().childrenOf(parentId)) {
            if (sibling.name().equalsIgnoreCase(n) && (exceptId == null || sibling.id() != exceptId)) {
                throw new InvalidInputException("There is already a code named \"" + sibling.name() + "\" here.");
            }
        }
        return n;
    }
}
