package org.glose.core.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeValue;
import org.glose.core.project.Tx;

/**
 * Documents narrowed by a case attribute ("role = manager"): the documents of the cases holding that value. The
 * values offered are those the cases hold, so that a filter never shows an empty list by a typo.
 */
public final class AttributeFilter {

    /** The project's attributes, in the sheet's order, each with its distinct values sorted. */
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
        Map<Long, List<String>> sorted = new LinkedHashMap<>();
        values.forEach((id, set) -> sorted.put(id, List.copyOf(set)));
        return new Choices(tx.cases().attributes(), sorted);
    }

    /** The ids of the documents of every case whose attribute holds this value (ignoring case and spaces). */
    public static Set<Long> documents(Tx tx, long attributeId, String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        List<Long> cases = new ArrayList<>();
        for (AttributeValue v : tx.cases().values()) {
            if (v.attributeId() == attributeId && v.value() != null
                    && v.value().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                cases.add(v.caseId());
            }
        }
        Set<Long> documents = new HashSet<>();
        cases.forEach(c -> documents.addAll(tx.cases().documentsOf(c)));
        return documents;
    }
}
