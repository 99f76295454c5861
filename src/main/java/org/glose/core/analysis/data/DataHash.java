package org.glose.core.analysis.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.glose.core.model.AttributeValue;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.ProjectCase;

/**
 * The SHA-256 of the data an analysis used, independent of ids and load order: codes (GUID, parent GUID, name),
 * documents (GUID, file hash), cases with their documents and attribute values, and every coding (document GUID,
 * code GUID, coder name, start, end) in a canonical order. Two exports with the same hash were computed from the
 * same data.
 */
public final class DataHash {

    private DataHash() {
    }

    public static String of(CodedData data) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("codes\n");
        for (Code c : data.codes()) {
            String parent = c.parentId() == null ? "" : data.codebook().byId(c.parentId()).map(Code::guid).orElse("");
            line(sb, c.guid(), parent, c.name());
        }
        Map<Long, Document> docs = data.documentsById();
        sb.append("documents\n");
        for (Document d : data.documents()) {
            line(sb, d.guid(), d.sha256());
        }
        sb.append("cases\n");
        for (ProjectCase c : data.cases()) {
            List<String> guids = new ArrayList<>(data.caseDocuments().getOrDefault(c.id(), List.of()).stream()
                    .map(id -> docs.get(id).guid()).sorted().toList());
            line(sb, c.guid(), c.name(), String.join(",", guids));
        }
        sb.append("attributes\n");
        data.attributeValues().stream().sorted(Comparator.comparingLong(AttributeValue::caseId)
                .thenComparingLong(AttributeValue::attributeId))
                .forEach(v -> line(sb, Long.toString(v.caseId()), Long.toString(v.attributeId()), v.value()));
        digest.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        Map<Long, String> codeGuids = new java.util.HashMap<>();
        data.codes().forEach(c -> codeGuids.put(c.id(), c.guid()));
        List<Coding> codings = new ArrayList<>(data.codings());
        codings.sort(Comparator.comparing((Coding c) -> docs.get(c.documentId()).guid())
                .thenComparingInt(c -> c.range().start()).thenComparingInt(c -> c.range().end())
                .thenComparing(c -> codeGuids.get(c.codeId())).thenComparing(c -> data.coderName(c.coderId())));
        digest.update("codings\n".getBytes(StandardCharsets.UTF_8));
        StringBuilder row = new StringBuilder();
        for (Coding c : codings) {
            row.setLength(0);
            line(row, docs.get(c.documentId()).guid(), codeGuids.get(c.codeId()), data.coderName(c.coderId()),
                    Integer.toString(c.range().start()), Integer.toString(c.range().end()));
            digest.update(row.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void line(StringBuilder sb, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(fields[i] == null ? "" : fields[i].replace('\t', ' ').replace('\n', ' '));
        }
        sb.append('\n');
    }
}
