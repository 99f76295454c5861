package org.glose.core.document;

import org.glose.core.model.Document;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.DocumentSnapshot;
import org.glose.core.project.Lookup;
import org.glose.core.project.Tx;

/** Removes a document with its codings; undo restores all of it with the same ids. */
public final class DeleteDocument implements Command<Document> {

    private final long documentId;

    public DeleteDocument(long documentId) {
        this.documentId = documentId;
    }

    @Override
    public String label() {
        return "Delete document " + documentId;
    }

    @Override
    public Applied<Document> apply(Tx tx) {
        Document document = Lookup.document(tx, documentId);
        DocumentSnapshot snapshot = tx.documents().snapshot(documentId);
        tx.documents().delete(documentId);
        return Applied.of(document, new RestoreDocument(snapshot));
    }

    private static final class RestoreDocument implements Command<Document> {
        private final DocumentSnapshot snapshot;

        RestoreDocument(DocumentSnapshot snapshot) {
            this.snapshot = snapshot;
        }

        @Override
        public String label() {
            return "Restore document \"" + snapshot.document().name() + "\"";
        }

        @Override
        public Applied<Document> apply(Tx tx) {
            tx.documents().restore(snapshot);
            return Applied.of(snapshot.document(), new DeleteDocument(snapshot.document().id()));
        }
    }
}
