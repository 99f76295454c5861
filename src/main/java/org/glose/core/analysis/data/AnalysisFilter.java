package org.glose.core.analysis.data;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which part of a project an analysis looks at. Every part narrows the data and they combine (all must hold); an
 * empty part means "any":
 * <ul>
 *   <li>{@code coders}: only the codings of these coders (names);</li>
 *   <li>{@code documents}: only these documents (names or ids);</li>
 *   <li>{@code cases}: only the documents of these cases (names);</li>
 *   <li>{@code attributes}: attribute name → accepted values or comparisons ({@code >30}, {@code 30..40} for a
 *       number or a date); a document is kept when one of its cases meets one of them for every attribute
 *       named;</li>
 *   <li>{@code codeSubtree}: only this code (path or id) and the codes below it.</li>
 * </ul>
 */
public record AnalysisFilter(Set<String> coders, Set<String> documents, Set<String> cases,
                             Map<String, Set<String>> attributes, String codeSubtree) {

    public static final AnalysisFilter ALL = new AnalysisFilter(Set.of(), Set.of(), Set.of(), Map.of(), null);

    public AnalysisFilter {
        coders = clean(coders);
        documents = clean(documents);
        cases = clean(cases);
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        if (attributes != null) {
            attributes.forEach((name, values) -> {
                if (name != null && !name.isBlank() && values != null && !values.isEmpty()) {
                    copy.put(name.strip(), clean(values));
                }
            });
        }
        attributes = java.util.Collections.unmodifiableMap(copy);
        codeSubtree = codeSubtree == null || codeSubtree.isBlank() ? null : codeSubtree.strip();
    }

    private static Set<String> clean(Set<String> values) {
        Set<String> copy = new LinkedHashSet<>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(copy::add);
        }
        return java.util.Collections.unmodifiableSet(copy);
    }

    public AnalysisFilter withCoders(Set<String> newCoders) {
        return new AnalysisFilter(newCoders, documents, cases, attributes, codeSubtree);
    }

    public AnalysisFilter withDocuments(Set<String> newDocuments) {
        return new AnalysisFilter(coders, newDocuments, cases, attributes, codeSubtree);
    }

    public AnalysisFilter withCases(Set<String> newCases) {
        return new AnalysisFilter(coders, documents, newCases, attributes, codeSubtree);
    }

    public AnalysisFilter withAttribute(String name, Set<String> values) {
        Map<String, Set<String>> copy = new LinkedHashMap<>(attributes);
        copy.put(name, values);
        return new AnalysisFilter(coders, documents, cases, copy, codeSubtree);
    }

    public AnalysisFilter withCodeSubtree(String code) {
        return new AnalysisFilter(coders, documents, cases, attributes, code);
    }

    public boolean isEmpty() {
        return coders.isEmpty() && documents.isEmpty() && cases.isEmpty() && attributes.isEmpty()
                && codeSubtree == null;
    }

    /** The filter as sorted "name → value" lines for an export's provenance; empty parts are left out. */
    public Map<String, String> describe() {
        Map<String, String> lines = new TreeMap<>();
        if (!coders.isEmpty()) {
            lines.put("filter.coders", String.join(", ", new TreeSet<>(coders)));
        }
        if (!documents.isEmpty()) {
            lines.put("filter.documents", String.join(", ", new TreeSet<>(documents)));
        }
        if (!cases.isEmpty()) {
            lines.put("filter.cases", String.join(", ", new TreeSet<>(cases)));
        }
        attributes.forEach((name, values) -> lines.put("filter.attribute." + name,
                String.join(", ", new TreeSet<>(values))));
        if (codeSubtree != null) {
            lines.put("filter.code", codeSubtree);
        }
        return lines;
    }

    /**
     * Parses {@code NAME=VALUE} (the command line's {@code --attribute}); several values of a name add up. A
     * number or date attribute also takes {@code NAME>VALUE}, {@code NAME>=VALUE}, {@code NAME<VALUE}, {@code
     * NAME<=VALUE} and {@code NAME=LOW..HIGH}; the comparison is kept as the value ({@code >30}), see {@link
     * org.glose.core.cases.AttributeCondition}.
     */
    public static Map<String, Set<String>> parseAttributes(List<String> pairs) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        for (String pair : pairs == null ? List.<String>of() : pairs) {
            var split = org.glose.core.cases.AttributeCondition.split(pair);
            map.computeIfAbsent(split.name(), k -> new LinkedHashSet<>()).add(split.condition());
        }
        return map;
    }
}
