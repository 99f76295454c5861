package org.glose.core.coding;

import org.glose.core.model.Code;
import org.glose.core.project.Lookup;
import org.glose.core.project.Tx;

/**
 * The words a coding command shows once applied ("Code “Panoptique”"): undo and redo show them, while the
 * project history, written before the change, keeps the command's first label ("Code passage [12, 40)").
 */
final class CodingLabels {

    private CodingLabels() {
    }

    static String quoted(Tx tx, long codeId) {
        return quoted(Lookup.code(tx, codeId));
    }

    static String quoted(Code code) {
        return "\u201c" + code.name() + "\u201d";
    }
}
