package org.glose.core.analysis.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeValue;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.ProjectCase;

/**
 * What an analysis computes on: a snapshot of the filtered part of a project, as plain records. The analyses
 * ({@code cooccurrence}, {@code matrix}, {@code frequency}) are pure functions of it; {@link AnalysisLoader}
 * builds it from a project, tests build it by hand.
 *
 * @param codes          the codes analysed (the whole codebook or the filter's subtree), parents before children
 * @param documents      the documents kept by the filter, sorted by name
 * @param codings        the codings of those documents, codes and coders, ordered by document, start, end, id;
 *                       loaded without GUID nor creation time (null), which no analysis uses
 * @param cases          the cases kept by the filter, sorted by name
 * @param caseDocuments  case id → the ids of its documents among {@code documents}
 * @param coderNames     coder id → name, for every coder of the project
 * @param paragraphs     document id → paragraph starts (see {@link Paragraphs}); only when asked for
 */
public record CodedData(Codebook codebook, List<Code> codes, List<Document> documents, List<Coding> codings,
                        List<ProjectCase> cases, Map<Long, List<Long>> caseDocuments, List<Attribute> attributes,
                        List<AttributeValue> attributeValues, Map<Long, String> coderNames,
                        Map<Long, Paragraphs> paragraphs, AnalysisFilter filter) {

    public CodedData {
        codes = List.copyOf(codes);
        documents = List.copyOf(documents);
        codings = List.copyOf(codings);
        cases = List.copyOf(cases);
        caseDocuments = Map.copyOf(caseDocuments);
        attributes = List.copyOf(attributes);
        attributeValues = List.copyOf(attributeValues);
        coderNames = Map.copyOf(coderNames);
        paragraphs = Map.copyOf(paragraphs);
    }

    /** Data with no cases, attributes or paragraphs (tests, benchmarks): codes of the codebook, all coders "?". */
    public static CodedData of(Codebook codebook, List<Document> documents, List<Coding> codings) {
        return new CodedData(codebook, codebook.depthFirst(), documents, codings, List.of(), Map.of(), List.of(),
                List.of(), Map.of(), Map.of(), AnalysisFilter.ALL);
    }

    public CodedData withCases(List<ProjectCase> newCases, Map<Long, List<Long>> newCaseDocuments) {
        return new CodedData(codebook, codes, documents, codings, newCases, newCaseDocuments, attributes,
                attributeValues, coderNames, paragraphs, filter);
    }

    public CodedData withAttributes(List<Attribute> newAttributes, List<AttributeValue> newValues) {
        return new CodedData(codebook, codes, documents, codings, cases, caseDocuments, newAttributes, newValues,
                coderNames, paragraphs, filter);
    }

    public CodedData withParagraphs(Map<Long, Paragraphs> newParagraphs) {
        return new CodedData(codebook, codes, documents, codings, cases, caseDocuments, attributes,
                attributeValues, coderNames, newParagraphs, filter);
    }

    public String pathOf(Code code) {
        return codebook.pathOf(code.id());
    }

    public List<String> codePaths() {
        return codes.stream().map(this::pathOf).toList();
    }

    public Map<Long, Document> documentsById() {
        Map<Long, Document> byId = new HashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));
        return byId;
    }

    public Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The paragraphs of a document; fails when they were not loaded (a programming error, not user input). */
    public Paragraphs paragraphsOf(long documentId) {
        Paragraphs p = paragraphs.get(documentId);
        if (p == null) {
            throw new IllegalStateException("The paragraphs of document " + documentId + " were not loaded");
        }
        return p;
    }

    public String coderName(long coderId) {
        return coderNames.getOrDefault(coderId, "?");
    }
}
