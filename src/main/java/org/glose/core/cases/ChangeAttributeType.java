package org.glose.core.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeType;
import org.glose.core.model.AttributeValue;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;

/**
 * Changes the type of an attribute (and the choices of a choice attribute). Every value the cases hold is
 * checked first: when one does not fit, the change is refused naming the first such case (by name) and nothing
 * changes. Values that fit are kept; a choice takes the spelling of the choice it matches. Undo restores the
 * type, the choices and the values.
 */
public final class ChangeAttributeType implements Command<Attribute> {

    private final String attributeName;
    private final AttributeType type;
    private final List<String> choices;

    public ChangeAttributeType(String attributeName, AttributeType type, List<String> choices) {
        this.attributeName = attributeName;
        this.type = Objects.requireNonNull(type, "type");
        this.choices = choices == null ? List.of() : List.copyOf(choices);
    }

    @Override
    public String label() {
        return "Make " + (attributeName == null ? "" : attributeName.strip()) + " " + type.key();
    }

    @Override
    public Applied<Attribute> apply(Tx tx) {
        Attribute before = byName(tx, attributeName);
        List<String> checked = AttributeValues.validChoices(before.name(), type, choices);
        Attribute after = new Attribute(before.id(), before.guid(), before.name(), type, checked);
        List<AttributeValue> rewritten = new ArrayList<>();
        List<ProjectCase> sorted = tx.cases().list();   // by name: the first offending case is the first by name
        Map<Long, String> values = new HashMap<>();
        for (AttributeValue v : tx.cases().values()) {
            if (v.attributeId() == before.id()) {
                values.put(v.caseId(), v.value());
            }
        }
        for (ProjectCase c : sorted) {
            String value = values.get(c.id());
            if (value == null) {
                continue;
            }
            if (!AttributeValues.fits(after, value)) {
                throw new InvalidInputException("The case “" + c.name() + "” holds “" + value.strip() + "” for "
                        + before.name() + ", which is not " + AttributeValues.kind(after) + ": " + before.name()
                        + " stays " + before.type().key() + ".");
            }
            String fitted = AttributeValues.valid(after, value);
            if (!value.equals(fitted)) {
                rewritten.add(new AttributeValue(c.id(), before.id(), value));
                tx.cases().setValue(c.id(), before.id(), fitted);
            }
        }
        tx.cases().updateAttributeType(before.id(), type, checked);
        return Applied.of(after, new Restore(before, rewritten, this));
    }

    static Attribute byName(Tx tx, String name) {
        String wanted = name == null ? "" : name.strip();
        return tx.cases().attributeByName(wanted).or(() -> tx.cases().attributes().stream()
                .filter(a -> a.name().equalsIgnoreCase(wanted)).findFirst())
                .orElseThrow(() -> new InvalidInputException("There is no attribute “" + wanted + "” in the project."));
    }

    private record Restore(Attribute before, List<AttributeValue> values, ChangeAttributeType redo)
            implements Command<Attribute> {
        @Override
        public String label() {
            return "Make " + before.name() + " " + before.type().key() + " again";
        }

        @Override
        public Applied<Attribute> apply(Tx tx) {
            tx.cases().updateAttributeType(before.id(), before.type(), before.choices());
            values.forEach(v -> tx.cases().setValue(v.caseId(), v.attributeId(), v.value()));
            return Applied.of(before, redo);
        }
    }
}
