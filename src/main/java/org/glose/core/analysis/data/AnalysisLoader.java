package org.glose.core.analysis.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.glose.core.cases.AttributeCondition;
import org.glose.core.coding.CodeRefs;
import org.glose.core.coding.DocumentRefs;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeValue;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coder;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;
import org.glose.core.text.TextRange;

/**
 * Reads the part of a project a filter keeps, through the repository ports, into a {@link CodedData}. Unknown
 * names in the filter are refused with one sentence ({@link InvalidInputException}); nothing is computed here.
 */
public final class AnalysisLoader {

    private static final Comparator<Document> BY_NAME =
            Comparator.comparing(Document::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(Document::id);

    private AnalysisLoader() {
    }

    /** Loads the filtered data; {@code withParagraphs} also reads each kept document's text to find paragraphs. */
    public static CodedData load(Tx tx, AnalysisFilter filter, boolean withParagraphs) {
        Codebook book = tx.codes().codebook();
        List<Code> codes = scope(book, filter.codeSubtree());
        Set<Long> coderIds = coders(tx, filter.coders());
        List<ProjectCase> allCases = tx.cases().list();
        Map<Long, List<Long>> casesOfDocument = new HashMap<>();
        Map<Long, List<Long>> documentsOfCase = new HashMap<>();
        for (ProjectCase c : allCases) {
            List<Long> docs = tx.cases().documentsOf(c.id());
            documentsOfCase.put(c.id(), docs);
            docs.forEach(d -> casesOfDocument.computeIfAbsent(d, k -> new ArrayList<>()).add(c.id()));
        }
        List<Attribute> attributes = tx.cases().attributes();
        List<AttributeValue> values = tx.cases().values();
        List<ProjectCase> cases = cases(allCases, filter, attributes, values);
        Set<Long> caseIds = cases.stream().map(ProjectCase::id).collect(Collectors.toSet());

        List<Document> documents = new ArrayList<>();
        for (Document d : documents(tx, filter.documents())) {
            List<Long> own = casesOfDocument.getOrDefault(d.id(), List.of());
            boolean caseFiltered = !filter.cases().isEmpty() || !filter.attributes().isEmpty();
            if (!caseFiltered || own.stream().anyMatch(caseIds::contains)) {
                documents.add(d);
            }
        }
        documents.sort(BY_NAME);
        Set<Long> documentIds = documents.stream().map(Document::id).collect(Collectors.toSet());
        Map<Long, List<Long>> caseDocuments = new LinkedHashMap<>();
        for (ProjectCase c : cases) {
            caseDocuments.put(c.id(), documentsOfCase.get(c.id()).stream().filter(documentIds::contains).toList());
        }

        List<Coding> codings = codings(tx, documentIds, codes.stream().map(Code::id).collect(Collectors.toSet()),
                coderIds);
        Map<Long, String> coderNames = new HashMap<>();
        tx.coders().list().forEach(c -> coderNames.put(c.id(), c.name()));
        Map<Long, Paragraphs> paragraphs = new HashMap<>();
        if (withParagraphs) {
            documents.forEach(d -> paragraphs.put(d.id(), Paragraphs.of(tx.documents().text(d.id()))));
        }
        return new CodedData(book, codes, documents, codings, cases, caseDocuments, attributes, values, coderNames,
                paragraphs, filter);
    }

    /**
     * The kept codings through the repository's lean read, in the order of {@link
     * org.glose.core.project.CodingRepository#list}; they carry no GUID nor creation time, which no analysis uses.
     */
    private static List<Coding> codings(Tx tx, Set<Long> documentIds, Set<Long> codeIds, Set<Long> coderIds) {
        // Grouped by document, then each document's few codings sorted: a million-element sort costs more.
        Map<Long, List<Coding>> byDocument = new HashMap<>();
        int[] count = {0};
        tx.codings().scan((id, document, code, coder, start, end) -> {
            if (documentIds.contains(document) && codeIds.contains(code)
                    && (coderIds == null || coderIds.contains(coder))) {
                byDocument.computeIfAbsent(document, d -> new ArrayList<>())
                        .add(new Coding(id, null, document, code, coder, new TextRange(start, end), null));
                count[0]++;
            }
        });
        List<Coding> codings = new ArrayList<>(count[0]);
        byDocument.keySet().stream().sorted().forEach(d -> {
            List<Coding> own = byDocument.get(d);
            own.sort(AnalysisLoader::inDocumentOrder);
            codings.addAll(own);
        });
        return codings;
    }

    private static int inDocumentOrder(Coding a, Coding b) {
        int c = Integer.compare(a.range().start(), b.range().start());
        if (c == 0) {
            c = Integer.compare(a.range().end(), b.range().end());
        }
        return c != 0 ? c : Long.compare(a.id(), b.id());
    }

    private static List<Code> scope(Codebook book, String subtree) {
        if (subtree == null) {
            return book.depthFirst();
        }
        Code root = CodeRefs.resolve(book, subtree);
        return book.depthFirst().stream().filter(c -> book.isSelfOrDescendant(c.id(), root.id())).toList();
    }

    /** The ids of the named coders, or null for "every coder". */
    private static Set<Long> coders(Tx tx, Set<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        Set<Long> ids = new HashSet<>();
        for (String name : names) {
            ids.add(tx.coders().byName(name).map(Coder::id).orElseThrow(() -> new InvalidInputException(
                    "There is no coder \"" + name + "\" in the project (coders: " + tx.coders().list().stream()
                            .map(Coder::name).sorted().collect(Collectors.joining(", ")) + ").")));
        }
        return ids;
    }

    private static List<Document> documents(Tx tx, Set<String> refs) {
        if (refs.isEmpty()) {
            return tx.documents().list();
        }
        Map<Long, Document> chosen = new LinkedHashMap<>();
        for (String ref : refs) {
            Document d = DocumentRefs.resolve(tx, ref);
            chosen.put(d.id(), d);
        }
        return new ArrayList<>(chosen.values());
    }

    /** The cases the filter keeps (by name, then by attribute values), sorted by name. */
    private static List<ProjectCase> cases(List<ProjectCase> all, AnalysisFilter filter, List<Attribute> attributes,
                                           List<AttributeValue> values) {
        Map<String, ProjectCase> byName = new HashMap<>();
        all.forEach(c -> byName.put(c.name(), c));
        List<ProjectCase> kept = new ArrayList<>();
        if (filter.cases().isEmpty()) {
            kept.addAll(all);
        } else {
            for (String name : filter.cases()) {
                ProjectCase c = byName.get(name);
                if (c == null) {
                    throw new InvalidInputException("There is no case \"" + name + "\" in the project.");
                }
                kept.add(c);
            }
        }
        for (Map.Entry<String, Set<String>> wanted : filter.attributes().entrySet()) {
            Attribute attribute = attributes.stream().filter(a -> a.name().equals(wanted.getKey())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("There is no case attribute \"" + wanted.getKey()
                            + "\" in the project."));
            Map<Long, String> valueOfCase = new HashMap<>();
            values.stream().filter(v -> v.attributeId() == attribute.id())
                    .forEach(v -> valueOfCase.put(v.caseId(), v.value()));
            Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            known.addAll(valueOfCase.values());
            List<AttributeCondition> conditions = new ArrayList<>();
            for (String value : wanted.getValue()) {
                AttributeCondition condition = AttributeCondition.parse(attribute, value);
                if (condition.isPlainEquality() && valueOfCase.values().stream().noneMatch(condition::test)) {
                    throw new InvalidInputException("No case has the value \"" + value + "\" for the attribute \""
                            + attribute.name() + "\" (values: " + String.join(", ", known) + ").");
                }
                conditions.add(condition);
            }
            kept.removeIf(c -> conditions.stream().noneMatch(condition -> condition.test(valueOfCase.get(c.id()))));
        }
        kept.sort(Comparator.comparing(ProjectCase::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(ProjectCase::id));
        return kept;
    }
}
