package org.glose.core.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glose.core.analysis.data.AnalysisFilter;
import org.glose.core.analysis.data.CodedData;
import org.glose.core.analysis.data.Paragraphs;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeValue;
import org.glose.core.model.Code;
import org.glose.core.model.CodeDetails;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.ProjectCase;
import org.glose.core.text.TextRange;

/** Builds {@link CodedData} by hand for the analysis tests: codes, documents with texts, codings, cases. */
public final class Fixture {

    private final List<Code> codes = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();
    private final Map<Long, String> texts = new HashMap<>();
    private final List<Coding> codings = new ArrayList<>();
    private final List<ProjectCase> cases = new ArrayList<>();
    private final Map<Long, List<Long>> caseDocuments = new LinkedHashMap<>();
    private final List<Attribute> attributes = new ArrayList<>();
    private final List<AttributeValue> values = new ArrayList<>();
    private long nextCoding = 1000;

    public Fixture code(long id, Long parent, String name) {
        codes.add(new Code(id, "code-" + id, parent, name, CodeDetails.colour(null), codes.size()));
        return this;
    }

    public Fixture document(long id, String name, String text) {
        documents.add(new Document(id, "doc-" + id, name, "txt", name, "sha-" + id, Instant.EPOCH, "UTF-8", "fr",
                null, text.length()));
        texts.put(id, text);
        return this;
    }

    public Fixture coding(long document, long code, int start, int end) {
        return coding(document, code, 1, start, end);
    }

    public Fixture coding(long document, long code, long coder, int start, int end) {
        long id = nextCoding++;
        codings.add(new Coding(id, "coding-" + id, document, code, coder, new TextRange(start, end), Instant.EPOCH));
        return this;
    }

    public Fixture caseOf(long id, String name, Long... documentIds) {
        cases.add(new ProjectCase(id, "case-" + id, name, null));
        caseDocuments.put(id, List.of(documentIds));
        return this;
    }

    public Fixture attribute(long id, String name) {
        attributes.add(new Attribute(id, "attr-" + id, name));
        return this;
    }

    public Fixture value(long caseId, long attributeId, String value) {
        values.add(new AttributeValue(caseId, attributeId, value));
        return this;
    }

    public List<Coding> codings() {
        return codings;
    }

    public String text(long documentId) {
        return texts.get(documentId);
    }

    public CodedData data() {
        Codebook book = new Codebook(codes);
        Map<Long, Paragraphs> paragraphs = new HashMap<>();
        texts.forEach((id, text) -> paragraphs.put(id, Paragraphs.of(text)));
        return new CodedData(book, book.depthFirst(), documents, codings, cases, caseDocuments, attributes, values,
                Map.of(1L, "camille", 2L, "yanis"), paragraphs, AnalysisFilter.ALL);
    }
}
