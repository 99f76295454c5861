package org.glose.core.project;

import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;

/** Fetches the objects a command works on, failing with a clear sentence when one is gone. */
public final class Lookup {

    private Lookup() {
    }

    public static Document document(Tx tx, long id) {
        return tx.documents().byId(id)
                .orElseThrow(() -> new InvalidInputException("There is no document with id " + id + "."));
    }

    public static Code code(Tx tx, long id) {
        return tx.codes().byId(id)
                .orElseThrow(() -> new InvalidInputException("There is no code with id " + id + "."));
    }

    public static Coding coding(Tx tx, long id) {
        return tx.codings().byId(id)
                .orElseThrow(() -> new InvalidInputException("There is no coding with id " + id + "."));
    }
}
