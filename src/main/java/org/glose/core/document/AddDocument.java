package org.glose.core.document;

import org.glose.core.model.Document;
import org.glose.core.model.NewDocument;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.Guids;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;

/** Adds one imported document (text, pages, original bytes); undo removes it again. */
public final class AddDocument implements Command<Document> {

    private final NewDocument document;

    public AddDocument(NewDocument document) {
        this.document = document;
    }

    @Override
    public String label() {
        return "Import \"" + document.name() + "\"";
    }

    @Override
    public Applied<Document> apply(Tx tx) {
        if (document.name().isBlank()) {
            throw new InvalidInputException("A document needs a name.");
        }
        if (tx.documents().byName(document.name()).isPresent()) {
            throw new InvalidInputException("A document named \"" + document.name() + "\" is already in the project.");
        }
        Document added = tx.documents().insert(document, Guids.next(), tx.now());
        return Applied.of(added, new DeleteDocument(added.id()));
    }
}
