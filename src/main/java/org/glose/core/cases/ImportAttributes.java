package org.glose.core.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.glose.core.model.Attribute;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.Guids;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;

/**
 * Sets case attributes from rows {@code case,attribute,value} in one action: cases and attributes are created
 * when new; all rows or none.
 */
public final class ImportAttributes implements Command<Integer> {

    private final List<AttributeRow> rows;

    public ImportAttributes(List<AttributeRow> rows) {
        this.rows = List.copyOf(rows);
    }

    @Override
    public String label() {
        return "Import " + rows.size() + " attribute values";
    }

    @Override
    public Applied<Integer> apply(Tx tx) {
        List<Long> newCases = new ArrayList<>();
        List<Long> newAttributes = new ArrayList<>();
        List<Object[]> previous = new ArrayList<>();
        for (AttributeRow row : rows) {
            try {
                String caseName = CaseNames.valid(row.caseName());
                if (row.attribute() == null || row.attribute().isBlank()) {
                    throw new InvalidInputException("the attribute has no name.");
                }
                ProjectCase c = tx.cases().byName(caseName).orElseGet(() -> {
                    ProjectCase created = tx.cases().insert(caseName, null, Guids.next());
                    newCases.add(created.id());
                    return created;
                });
                Attribute a = tx.cases().attributeByName(row.attribute().strip()).orElseGet(() -> {
                    Attribute created = tx.cases().insertAttribute(row.attribute().strip(), Guids.next());
                    newAttributes.add(created.id());
                    return created;
                });
                previous.add(new Object[] {c.id(), a.id(), tx.cases().value(c.id(), a.id()).orElse(null)});
                tx.cases().setValue(c.id(), a.id(), row.value() == null || row.value().isBlank() ? null : row.value());
            } catch (InvalidInputException e) {
                throw new InvalidInputException("Line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        Collections.reverse(previous);
        return Applied.of(rows.size(), new Revert(previous, newCases, newAttributes, this));
    }

    private record Revert(List<Object[]> previous, List<Long> newCases, List<Long> newAttributes,
                          ImportAttributes redo) implements Command<Integer> {
        @Override
        public String label() {
            return "Revert attribute import";
        }

        @Override
        public Applied<Integer> apply(Tx tx) {
            for (Object[] p : previous) {
                tx.cases().setValue((Long) p[0], (Long) p[1], (String) p[2]);
            }
            newCases.forEach(tx.cases()::delete);
            newAttributes.forEach(tx.cases()::deleteAttribute);
            return Applied.of(previous.size(), redo);
        }
    }
}
