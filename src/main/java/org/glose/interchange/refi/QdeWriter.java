package org.glose.interchange.refi;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeValue;
import org.glose.core.model.Code;
import org.glose.core.model.Coder;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.model.ProjectCase;
import org.glose.core.text.OffsetIndex;

/**
 * Writes {@code project.qde} (REFI-QDA 1.5, namespace {@code urn:QDA-XML:project:1.0}) in the order the schema
 * fixes. Positions are converted from UTF-16 units to code points (§10.2); GUIDs are the objects' stored ones, or
 * derived from them, so two exports of the same project agree.
 */
final class QdeWriter {

    static final String NAMESPACE = "urn:QDA-XML:project:1.0";
    private static final String SCHEMA = NAMESPACE + " http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd";

    private final ExportSnapshot s;
    private final Instant now;
    private final Map<Long, Coder> coders;
    private final Map<String, List<Memo>> memosAbout = new HashMap<>();
    private final Map<Long, List<Coding>> codingsOf = new HashMap<>();
    private XmlOut x;

    QdeWriter(ExportSnapshot snapshot, Instant now) {
        this.s = snapshot;
        this.now = now;
        this.coders = snapshot.codersById();
        for (Memo m : snapshot.memos()) {
            String key = m.documentId() != null ? "document:" + m.documentId() : m.codeId() != null
                    ? "code:" + m.codeId() : m.codingId() != null ? "coding:" + m.codingId() : "project";
            memosAbout.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        snapshot.codings().forEach(c -> codingsOf.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c));
    }

    static String textPath(Document d) {
        return (d.format().equals("pdf") ? representationGuid(d) : d.guid()) + ".txt";
    }

    static String representationGuid(Document d) {
        return RefiGuids.derived("representation", d.guid());
    }

    void write(OutputStream out) throws XMLStreamException {
        x = new XmlOut(out);
        x.root("Project", NAMESPACE).attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
                .attr("xsi:schemaLocation", SCHEMA).attr("name", s.name()).attr("origin", "Glose")
                .attr("modifiedDateTime", time(now));
        if (!s.coders().isEmpty()) {
            x.start("Users");
            for (Coder c : s.coders()) {
                x.start("User").attr("guid", c.guid()).attr("name", c.name()).end();
            }
            x.end();
        }
        if (s.codebook().size() > 0) {
            x.start("CodeBook").start("Codes");
            for (Code c : s.codebook().childrenOf(null)) {
                code(c);
            }
            x.end().end();
        }
        casesAndVariables();
        if (!s.documents().isEmpty()) {
            x.start("Sources");
            for (Document d : s.documents()) {
                source(d);
            }
            x.end();
        }
        if (!s.memos().isEmpty()) {
            x.start("Notes");
            for (Memo m : s.memos()) {
                x.start("Note").attr("guid", m.guid()).attr("name", m.title()).attr("creatingUser", coder(m.coderId()))
                        .attr("creationDateTime", time(m.createdAt())).attr("modifiedDateTime", time(m.updatedAt()));
                x.textElement("PlainTextContent", m.text());
                x.end();
            }
            x.end();
        }
        noteRefs("project");
        x.finish();
    }

    private void code(Code c) throws XMLStreamException {
        x.start("Code").attr("guid", c.guid()).attr("name", c.name()).attr("isCodable", "true")
                .attr("color", c.colour());
        x.textElement("Description", CodeDescriptions.compose(c.details()));
        noteRefs("code:" + c.id());
        for (Code child : s.codebook().childrenOf(c.id())) {
            code(child);
        }
        x.end();
    }

    private void casesAndVariables() throws XMLStreamException {
        List<Attribute> attributes = s.attributes().stream().sorted(Comparator.comparing(Attribute::name)).toList();
        Map<Long, String> typeOfVariable = new HashMap<>();
        for (Attribute a : attributes) {
            typeOfVariable.put(a.id(), VariableTypes.typeOfVariable(a, s.values().stream()
                    .filter(v -> v.attributeId() == a.id()).map(AttributeValue::value).toList()));
        }
        if (!attributes.isEmpty()) {
            x.start("Variables");
            for (Attribute a : attributes) {
                x.start("Variable").attr("guid", a.guid()).attr("name", a.name())
                        .attr("typeOfVariable", typeOfVariable.get(a.id())).end();
            }
            x.end();
        }
        if (s.cases().isEmpty()) {
            return;
        }
        Map<Long, Attribute> attributeById = new HashMap<>();
        attributes.forEach(a -> attributeById.put(a.id(), a));
        Map<Long, Document> documentById = new HashMap<>();
        s.documents().forEach(d -> documentById.put(d.id(), d));
        x.start("Cases");
        for (ProjectCase c : s.cases().stream().sorted(Comparator.comparing(ProjectCase::name)).toList()) {
            x.start("Case").attr("guid", c.guid()).attr("name", c.name());
            x.textElement("Description", c.description());
            List<AttributeValue> values = s.values().stream().filter(v -> v.caseId() == c.id())
                    .sorted(Comparator.comparing(v -> attributeById.get(v.attributeId()).name())).toList();
            for (AttributeValue v : values) {
                x.start("VariableValue");
                x.start("VariableRef").attr("targetGUID", attributeById.get(v.attributeId()).guid()).end();
                String[] element = VariableTypes.valueElement(typeOfVariable.get(v.attributeId()), v.value());
                x.textElement(element[0], element[1]);
                x.end();
            }
            for (Long documentId : s.documentsOfCase().getOrDefault(c.id(), List.of())) {
                x.start("SourceRef").attr("targetGUID", documentById.get(documentId).guid()).end();
            }
            x.end();
        }
        x.end();
    }

    private void source(Document d) throws XMLStreamException {
        boolean pdf = d.format().equals("pdf");
        x.start(pdf ? "PDFSource" : "TextSource").attr("guid", d.guid()).attr("name", d.name());
        if (pdf) {
            x.attr("path", "internal://" + d.guid() + ".pdf");
            x.start("Representation").attr("guid", representationGuid(d)).attr("name", d.name())
                    .attr("plainTextPath", "internal://" + textPath(d));
            selections(d);
            x.end();
        } else {
            if (d.format().equals("docx")) {
                x.attr("richTextPath", "internal://" + d.guid() + ".docx");
            }
            x.attr("plainTextPath", "internal://" + textPath(d)).attr("creationDateTime", time(d.importedAt()));
            selections(d);
        }
        noteRefs("document:" + d.id());
        x.end();
    }

    /** One PlainTextSelection per coding (as NVivo does), in text order. */
    private void selections(Document d) throws XMLStreamException {
        OffsetIndex index = s.indexes().get(d.id());
        for (Coding c : codingsOf.getOrDefault(d.id(), List.of())) {
            String user = coder(c.coderId());
            String created = time(c.createdAt());
            x.start("PlainTextSelection").attr("guid", RefiGuids.derived("selection", c.guid()))
                    .attr("startPosition", index.toCodePoints(c.range().start()))
                    .attr("endPosition", index.toCodePoints(c.range().end()))
                    .attr("creatingUser", user).attr("creationDateTime", created);
            x.start("Coding").attr("guid", c.guid()).attr("creatingUser", user).attr("creationDateTime", created);
            x.start("CodeRef").attr("targetGUID", s.codebook().byId(c.codeId()).orElseThrow().guid()).end();
            noteRefs("coding:" + c.id());
            x.end().end();
        }
    }

    private void noteRefs(String about) throws XMLStreamException {
        for (Memo m : memosAbout.getOrDefault(about, List.of())) {
            x.start("NoteRef").attr("targetGUID", m.guid()).end();
        }
    }

    private String coder(Long coderId) {
        Coder c = coderId == null ? null : coders.get(coderId);
        return c == null ? null : c.guid();
    }

    static String time(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
