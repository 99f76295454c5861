package org.glose.core.cases;

import java.util.Objects;
import org.glose.core.model.Attribute;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;

/**
 * Sets one attribute value of one existing case, checked against the attribute's type (a blank value clears
 * it): "“abc” is not a number for attribute Age." refuses it and nothing changes. Undo puts the previous value
 * back.
 */
public final class SetAttributeValue implements Command<String> {

    private final String caseName;
    private final String attributeName;
    private final String value;

    public SetAttributeValue(String caseName, String attributeName, String value) {
        this.caseName = caseName;
        this.attributeName = attributeName;
        this.value = value;
    }

    @Override
    public String label() {
        return value == null || value.isBlank() ? "Clear " + attributeName + " of “" + caseName + "”"
                : "Set " + attributeName + " of “" + caseName + "” to “" + value.strip() + "”";
    }

    @Override
    public Applied<String> apply(Tx tx) {
        String name = CaseNames.valid(caseName);
        ProjectCase c = tx.cases().byName(name)
                .orElseThrow(() -> new InvalidInputException("There is no case “" + name + "” in the project."));
        Attribute a = ChangeAttributeType.byName(tx, attributeName);
        String stored = AttributeValues.valid(a, value);
        String previous = tx.cases().value(c.id(), a.id()).orElse(null);
        if (!Objects.equals(previous, stored)) {
            tx.cases().setValue(c.id(), a.id(), stored);
        }
        return Applied.of(stored, new SetAttributeValue(c.name(), a.name(), previous));
    }
}
