package org.glose.core.transcript;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glose.core.cases.AssignCase;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.model.Code;
import org.glose.core.model.Document;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.CompoundCommand;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Lookup;
import org.glose.core.project.Tx;

/**
 * Turns a transcript's speaker turns into codes and cases in one action: each chosen speaker gets a code under
 * a parent code (default "Speakers"), every one of their turns is coded with it, and the document is assigned
 * to a case named after them. Existing codes and cases of the same name are reused. One undo removes it all.
 */
public final class CodeSpeakerTurns implements Command<Integer> {

    public static final String DEFAULT_PARENT = "Speakers";

    private final long documentId;
    private final Set<String> speakers;
    private final String parentName;
    private final String coder;
    private final boolean cases;

    /**
     * @param speakers the speakers to code (as the preview names them); others are left alone
     * @param cases    whether each speaker also becomes a case holding the document
     */
    public CodeSpeakerTurns(long documentId, Set<String> speakers, String parentName, String coder, boolean cases) {
        this.documentId = documentId;
        this.speakers = Set.copyOf(speakers);
        this.parentName = parentName == null || parentName.isBlank() ? DEFAULT_PARENT : parentName.strip();
        this.coder = coder;
        this.cases = cases;
    }

    @Override
    public String label() {
        return "Code speaker turns (" + speakers.size() + (speakers.size() == 1 ? " speaker)" : " speakers)");
    }

    /** Returns the number of turns coded. */
    @Override
    public Applied<Integer> apply(Tx tx) {
        Document d = Lookup.document(tx, documentId);
        if (speakers.isEmpty()) {
            throw new InvalidInputException("Choose at least one speaker.");
        }
        List<SpeakerTurns.Turn> turns = SpeakerTurns.parse(tx.documents().text(d.id())).stream()
                .filter(t -> speakers.contains(t.speaker())).toList();
        if (turns.isEmpty()) {
            throw new InvalidInputException("\"" + d.name() + "\" has no turn of these speakers (a line starting "
                    + "with a name and a colon, such as \"ANNA: …\").");
        }
        List<Command<?>> inverses = new ArrayList<>();
        Code parent = existing(tx, null, parentName).orElseGet(() -> created(tx, null, parentName, inverses));
        Map<String, Code> codes = new HashMap<>();
        for (SpeakerTurns.Turn t : turns) {
            Code code = codes.computeIfAbsent(t.speaker(), name -> existing(tx, parent.id(), name)
                    .orElseGet(() -> created(tx, parent.id(), name, inverses)));
            inverses.add(new ApplyCode(d.id(), code.id(), coder, t.range()).apply(tx).inverse());
        }
        if (cases) {
            for (String name : codes.keySet().stream().sorted().toList()) {
                Optional<ProjectCase> c = tx.cases().byName(name);
                if (c.isEmpty() || !tx.cases().documentsOf(c.get().id()).contains(d.id())) {
                    inverses.add(new AssignCase(name, d.id()).apply(tx).inverse());
                }
            }
        }
        Collections.reverse(inverses);
        return Applied.of(turns.size(), new CompoundCommand("Remove speaker turn codings", inverses));
    }

    private static Optional<Code> existing(Tx tx, Long parentId, String name) {
        return tx.codes().codebook().childrenOf(parentId).stream().filter(c -> c.name().equalsIgnoreCase(name))
                .findFirst();
    }

    private static Code created(Tx tx, Long parentId, String name, List<Command<?>> inverses) {
        Applied<Code> made = new CreateCode(parentId, name, null).apply(tx);
        inverses.add(made.inverse());
        return made.value();
    }
}
