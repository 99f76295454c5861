package org.glose.core.cases;

import org.glose.core.model.Document;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.Guids;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Lookup;
import org.glose.core.project.Tx;

/** Attaches a document to a case, creating the case when new. */
public final class AssignCase implements Command<ProjectCase> {

    private final String caseName;
    private final long documentId;

    public AssignCase(String caseName, long documentId) {
        this.caseName = caseName;
        this.documentId = documentId;
    }

    @Override
    public String label() {
        return "Assign to case \"" + caseName + "\"";
    }

    @Override
    public Applied<ProjectCase> apply(Tx tx) {
        Document document = Lookup.document(tx, documentId);
        String name = CaseNames.valid(caseName);
        var existing = tx.cases().byName(name);
        ProjectCase c = existing.orElseGet(() -> tx.cases().insert(name, null, Guids.next()));
        if (tx.cases().documentsOf(c.id()).contains(documentId)) {
            throw new InvalidInputException("\"" + document.name() + "\" already belongs to case \"" + name + "\".");
        }
        tx.cases().assign(c.id(), documentId);
        boolean created = existing.isEmpty();
        return Applied.of(c, new Unassign(c.id(), documentId, created));
    }

    private record Unassign(long caseId, long documentId, boolean deleteCase) implements Command<ProjectCase> {
        @Override
        public String label() {
            return "Unassign case";
        }

        @Override
        public Applied<ProjectCase> apply(Tx tx) {
            ProjectCase c = tx.cases().list().stream().filter(x -> x.id() == caseId).findFirst().orElseThrow();
            tx.cases().unassign(caseId, documentId);
            if (deleteCase) {
                tx.cases().delete(caseId);
            }
            return Applied.of(c, new AssignCase(c.name(), documentId));
        }
    }
}
