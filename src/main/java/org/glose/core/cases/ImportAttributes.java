package org.glose.core.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeType;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.Guids;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;

/**
 * Sets case attributes from rows {@code case,attribute,value} in one action: cases and attributes are created
 * when new; all rows or none. A value must fit its attribute's type (a number, an ISO date, one of the choices):
 * a row that does not is refused, named by its line. Nothing is guessed silently: an attribute the import
 * creates is text, unless every one of its values is a number (then number) or an ISO date (then date), which
 * {@link #review} tells before the import.
 */
public final class ImportAttributes implements Command<Integer> {

    /**
     * What the import would do: the rows that cannot be imported ("Row 4: “abc” is not a number for attribute
     * Age.", as a table numbers its rows) and the attributes it would create, with their type, in the order of the rows.
     */
    public record Review(List<String> problems, Map<String, AttributeType> newAttributes) {
        public Review {
            problems = List.copyOf(problems);
            newAttributes = Collections.unmodifiableMap(new LinkedHashMap<>(newAttributes));
        }

        /** "New attribute “age”: number." for each new attribute that is not text. */
        public List<String> typedSentences() {
            List<String> lines = new ArrayList<>();
            newAttributes.forEach((name, type) -> {
                if (type != AttributeType.TEXT) {
                    lines.add("New attribute “" + name + "”: " + type.key() + " (every value is "
                            + (type == AttributeType.NUMBER ? "a number" : "an ISO date") + ").");
                }
            });
            return lines;
        }
    }

    private final List<AttributeRow> rows;

    public ImportAttributes(List<AttributeRow> rows) {
        this.rows = List.copyOf(rows);
    }

    @Override
    public String label() {
        return "Import " + rows.size() + " attribute values";
    }

    /** Checks every row against the project as it is, changing nothing. */
    public Review review(Tx tx) {
        Map<String, Attribute> existing = byKey(tx);
        Map<String, AttributeType> created = inferTypes(existing);
        List<String> problems = new ArrayList<>();
        for (AttributeRow row : rows) {
            try {
                check(row, existing, created);
            } catch (InvalidInputException e) {
                problems.add("Row " + row.line() + ": " + e.getMessage());
            }
        }
        Map<String, AttributeType> named = new LinkedHashMap<>();
        created.forEach((k, type) -> named.put(firstSpelling(k), type));
        return new Review(problems, named);
    }

    @Override
    public Applied<Integer> apply(Tx tx) {
        Map<String, Attribute> attributes = byKey(tx);
        Map<String, AttributeType> created = inferTypes(attributes);
        List<Long> newCases = new ArrayList<>();
        List<Long> newAttributes = new ArrayList<>();
        List<Object[]> previous = new ArrayList<>();
        for (AttributeRow row : rows) {
            try {
                check(row, attributes, created);
                String caseName = CaseNames.valid(row.caseName());
                ProjectCase c = tx.cases().byName(caseName).orElseGet(() -> {
                    ProjectCase made = tx.cases().insert(caseName, null, Guids.next());
                    newCases.add(made.id());
                    return made;
                });
                String name = row.attribute().strip();
                Attribute a = attributes.computeIfAbsent(key(name), k -> {
                    Attribute made = tx.cases().insertAttribute(name, Guids.next(), created.get(k), List.of());
                    newAttributes.add(made.id());
                    return made;
                });
                previous.add(new Object[] {c.id(), a.id(), tx.cases().value(c.id(), a.id()).orElse(null)});
                tx.cases().setValue(c.id(), a.id(), AttributeValues.valid(a, row.value()));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("Line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        Collections.reverse(previous);
        return Applied.of(rows.size(), new Revert(previous, newCases, newAttributes, this));
    }

    private static void check(AttributeRow row, Map<String, Attribute> existing, Map<String, AttributeType> created) {
        CaseNames.valid(row.caseName());
        if (row.attribute() == null || row.attribute().isBlank()) {
            throw new InvalidInputException("the attribute has no name.");
        }
        String name = CaseNames.validAttribute(row.attribute());
        Attribute a = existing.get(key(name));
        if (a == null) {
            a = new Attribute(0, "", name, created.get(key(name)), List.of());
        }
        AttributeValues.valid(a, row.value());
    }

    /** The type of each attribute the rows would create: number or date when all its values are, else text. */
    private Map<String, AttributeType> inferTypes(Map<String, Attribute> existing) {
        Map<String, List<String>> valuesOfNew = new LinkedHashMap<>();
        for (AttributeRow row : rows) {
            if (row.attribute() == null || row.attribute().isBlank() || existing.containsKey(key(row.attribute()))) {
                continue;
            }
            List<String> values = valuesOfNew.computeIfAbsent(key(row.attribute()), k -> new ArrayList<>());
            if (row.value() != null && !row.value().isBlank()) {
                values.add(row.value());
            }
        }
        Map<String, AttributeType> types = new LinkedHashMap<>();
        valuesOfNew.forEach((name, values) -> {
            AttributeType type = AttributeType.TEXT;
            if (!values.isEmpty() && values.stream().allMatch(v -> AttributeValues.number(v).isPresent())) {
                type = AttributeType.NUMBER;
            } else if (!values.isEmpty() && values.stream().allMatch(v -> AttributeValues.date(v).isPresent())) {
                type = AttributeType.DATE;
            }
            types.put(name, type);
        });
        return types;
    }

    private String firstSpelling(String key) {
        return rows.stream().filter(r -> r.attribute() != null && key(r.attribute()).equals(key))
                .map(r -> r.attribute().strip()).findFirst().orElse(key);
    }

    /** The project's attributes by {@link #key}; of two that differ only by case, the one spelt in lower case. */
    private static Map<String, Attribute> byKey(Tx tx) {
        Map<String, Attribute> byKey = new HashMap<>();
        for (Attribute a : tx.cases().attributes()) {
            byKey.merge(key(a.name()), a, (was, now) -> was.name().equals(key(was.name())) ? was : now);
        }
        return byKey;
    }

    /** Attributes are matched ignoring case, as the window refuses two that differ only by case. */
    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
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
