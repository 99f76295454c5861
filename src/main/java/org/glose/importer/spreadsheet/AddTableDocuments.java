package org.glose.importer.spreadsheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.glose.core.cases.AssignCase;
import org.glose.core.cases.ImportAttributes;
import org.glose.core.document.AddDocument;
import org.glose.core.model.Document;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.CompoundCommand;
import org.glose.core.project.Tx;
import org.glose.core.task.Cancellation;

/**
 * A planned table import as one user action: every document, its case and the cases' attributes in one
 * transaction and one undo entry, all or nothing. It composes the core commands {@link AddDocument},
 * {@link AssignCase} and {@link ImportAttributes}; a plain {@code CompoundCommand} cannot, because each case
 * link needs the id of a document added in the same transaction.
 */
public final class AddTableDocuments implements Command<List<Document>> {

    /** Cancellation is checked between documents, this often; cancelling rolls the whole import back. */
    private static final int CHECK_EVERY = 50;

    private final String label;
    private final TableImportPlan plan;
    private final Cancellation cancellation;

    public AddTableDocuments(String label, TableImportPlan plan, Cancellation cancellation) {
        this.label = label;
        this.plan = plan;
        this.cancellation = cancellation == null ? new Cancellation() : cancellation;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Applied<List<Document>> apply(Tx tx) {
        List<Document> added = new ArrayList<>();
        List<Command<?>> inverses = new ArrayList<>();
        for (TableImportPlan.PlannedDocument planned : plan.documents()) {
            if (added.size() % CHECK_EVERY == 0) {
                cancellation.throwIfCancelled();
            }
            Applied<Document> document = new AddDocument(planned.document()).apply(tx);
            added.add(document.value());
            inverses.add(document.inverse());
            if (planned.caseName() != null) {
                inverses.add(new AssignCase(planned.caseName(), document.value().id()).apply(tx).inverse());
            }
        }
        if (!plan.attributes().isEmpty()) {
            inverses.add(new ImportAttributes(plan.attributes()).apply(tx).inverse());
        }
        Collections.reverse(inverses);
        return Applied.of(List.copyOf(added), new CompoundCommand(label, inverses));
    }
}
