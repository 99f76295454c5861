package org.glose.core.cases;

import java.util.List;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeType;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.Guids;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;

/** A new case attribute of a type (text, number, date, or choice with its ordered choices), with no values yet. */
public final class CreateAttribute implements Command<Attribute> {

    private final String name;
    private final AttributeType type;
    private final List<String> choices;
    private final String guid;

    public CreateAttribute(String name, AttributeType type, List<String> choices) {
        this(name, type, choices, null);
    }

    private CreateAttribute(String name, AttributeType type, List<String> choices, String guid) {
        this.name = name;
        this.type = type == null ? AttributeType.TEXT : type;
        this.choices = choices == null ? List.of() : List.copyOf(choices);
        this.guid = guid;
    }

    @Override
    public String label() {
        return "New attribute “" + (name == null ? "" : name.strip()) + "”";
    }

    @Override
    public Applied<Attribute> apply(Tx tx) {
        String valid = CaseNames.validAttribute(name);
        if (tx.cases().attributes().stream().anyMatch(a -> a.name().equalsIgnoreCase(valid))) {
            throw new InvalidInputException("The attribute “" + valid + "” already exists.");
        }
        List<String> checked = AttributeValues.validChoices(valid, type, choices);
        Attribute a = tx.cases().insertAttribute(valid, guid == null ? Guids.next() : guid, type, checked);
        return Applied.of(a, new Remove(a.id(), new CreateAttribute(valid, type, checked, a.guid())));
    }

    /** Undoes the creation; the attribute has no values then (later changes were undone first). */
    private record Remove(long attributeId, CreateAttribute redo) implements Command<Attribute> {
        @Override
        public String label() {
            return "Remove attribute";
        }

        @Override
        public Applied<Attribute> apply(Tx tx) {
            Attribute a = tx.cases().attributes().stream().filter(x -> x.id() == attributeId).findFirst()
                    .orElseThrow(() -> new InvalidInputException("This attribute is no longer in the project."));
            tx.cases().deleteAttribute(attributeId);
            return Applied.of(a, redo);
        }
    }
}
