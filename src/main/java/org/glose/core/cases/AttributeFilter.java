package org.glose.core.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeValue;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;

/**
 * Documents narrowed by a case attribute ("role = manager", "Age > 30", "Date 2020-01-01..2020-06-30"): the
 * documents of the cases whose value meets the condition ({@link AttributeCondition}). The values offered are
 * those the cases hold, in the attribute's order (numbers by value, dates by time, choices in their order), so
 * that a filter never shows an empty list by a typo.
 */
public final class AttributeFilter {

    /** The project's attributes, in the sheet's order, each with its distinct values in the attribute's order. */
    public record Choices(List<Attribute> attributes, Map<Long, List<String>> values) {
        public List<String> valuesOf(long attributeId) {
            return values.getOrDefault(attributeId, List.of());
        }
    }

    private AttributeFilter() {
    }

    public static Choices choices(Tx tx) {
        Map<Long, Set<String>> values = new LinkedHashMap<>();
        for (AttributeValue v : tx.cases().values()) {
            if (v.value() != null && !v.value().isBlank()) {
                values.computeIfAbsent(v.attributeId(), k -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))
                        .add(v.value().strip());
            }
        }
        List<Attribute> attributes = tx.cases().attributes();
        Map<Long, List<String>> sorted = new LinkedHashMap<>();
        for (Attribute a : attributes) {
            Set<String> own = values.get(a.id());
            if (own != null) {
                List<String> list = new ArrayList<>(own);
                list.sort(AttributeValues.order(a));
                sorted.put(a.id(), List.copyOf(list));
            }
        }
        return new Choices(attributes, sorted);
    }

    /**
     * The ids of the documents of every case whose attribute meets the condition: a value (text ignoring case and
     * spaces, numbers as numbers), or for a number or a date a comparison or a range ({@code >30}, {@code
     * <=2020-06-30}, {@code 30..40}); a comparison that does not fit the type is refused with one sentence.
     */
    public static Set<Long> documents(Tx tx, long attributeId, String condition) {
        Attribute attribute = tx.cases().attributes().stream().filter(a -> a.id() == attributeId).findFirst()
                .orElseThrow(() -> new InvalidInputException("This attribute is no longer in the project."));
        AttributeCondition wanted = AttributeCondition.parse(attribute, condition);
        List<Long> cases = new ArrayList<>();
        for (AttributeValue v : tx.cases().values()) {
            if (v.attributeId() == attributeId && wanted.test(v.value())) {
                cases.add(v.caseId());
            }
        }
        Set<Long> documents = new HashSet<>();
        cases.forEach(c -> documents.addAll(tx.cases().documentsOf(c)));
        return documents;
    }
}
