package org.glose.interchange.refi;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.glose.core.model.Attribute;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.ProjectProblemException;
import org.glose.core.project.Tx;
import org.glose.interchange.refi.ImportPlan.PlannedAttribute;
import org.glose.interchange.refi.ImportPlan.PlannedCase;
import org.glose.interchange.refi.ImportPlan.PlannedCode;
import org.glose.interchange.refi.ImportPlan.PlannedCoder;
import org.glose.interchange.refi.ImportPlan.PlannedCoding;
import org.glose.interchange.refi.ImportPlan.PlannedDocument;
import org.glose.interchange.refi.ImportPlan.PlannedMemo;

/**
 * Writes a planned REFI import into a new, empty project in one transaction, through the store ports. A REFI
 * import makes a new project, so it has no undo (guide §6): the caller deletes the project if it is unwanted.
 */
final class WriteImportPlan implements Command<LossReport> {

    private final ImportPlan plan;

    WriteImportPlan(ImportPlan plan) {
        this.plan = plan;
    }

    @Override
    public String label() {
        return "Import REFI-QDA project";
    }

    @Override
    public Applied<LossReport> apply(Tx tx) {
        if (!tx.documents().list().isEmpty() || !tx.codes().list().isEmpty()) {
            throw new ProjectProblemException("A REFI-QDA project is imported into a new, empty project only.");
        }
        Instant now = tx.now();
        Map<String, Long> ids = new HashMap<>();
        for (PlannedCoder c : plan.coders()) {
            ids.put(c.guid(), tx.coders().insert(c.name(), c.guid()).id());
        }
        for (PlannedCode c : plan.codes()) {
            Long parent = c.parentGuid() == null ? null : ids.get(c.parentGuid());
            Code code = tx.codes().insert(parent, c.name(), c.details(), c.guid(), c.sortOrder());
            ids.put(c.guid(), code.id());
        }
        for (PlannedDocument d : plan.documents()) {
            Document document = tx.documents().insert(d.document(), d.guid(), now);
            ids.put(d.guid(), document.id());
        }
        for (PlannedCoding c : plan.codings()) {
            Coding coding = tx.codings().insert(ids.get(c.documentGuid()), ids.get(c.codeGuid()),
                    ids.get(c.coderGuid()), c.range(), c.guid(), c.created() == null ? now : c.created());
            ids.put(c.guid(), coding.id());
        }
        for (PlannedMemo m : plan.memos()) {
            Long target = m.targetGuid() == null ? null : ids.get(m.targetGuid());
            tx.memos().insert(m.title(), m.text(),
                    m.target() == ImportPlan.Target.DOCUMENT ? target : null,
                    m.target() == ImportPlan.Target.CODE ? target : null,
                    m.target() == ImportPlan.Target.CODING ? target : null,
                    m.coderGuid() == null ? null : ids.get(m.coderGuid()), m.guid(),
                    m.created() == null ? now : m.created());
        }
        for (PlannedAttribute a : plan.attributes()) {
            Attribute attribute = tx.cases().insertAttribute(a.name(), a.guid(), a.type(), a.choices());
            ids.put(a.guid(), attribute.id());
        }
        for (PlannedCase c : plan.cases()) {
            ProjectCase created = tx.cases().insert(c.name(), c.description(), c.guid());
            c.documentGuids().forEach(d -> tx.cases().assign(created.id(), ids.get(d)));
            c.values().forEach((attribute, value) -> tx.cases().setValue(created.id(), ids.get(attribute), value));
        }
        return Applied.of(plan.report(), new NoUndo());
    }

    /** Stands in the undo history for an import that cannot be undone; the importer clears the history. */
    private static final class NoUndo implements Command<Void> {
        @Override
        public String label() {
            return "Import REFI-QDA project";
        }

        @Override
        public Applied<Void> apply(Tx tx) {
            throw new ProjectProblemException("A REFI-QDA import makes a new project and cannot be undone.");
        }
    }
}
