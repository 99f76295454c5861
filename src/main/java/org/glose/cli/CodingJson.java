package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coding;
import org.glose.core.project.Tx;

/**
 * One coding as {@code code --json} and {@code codings --json} print it: the document by name, the code by path,
 * the coder by name, {@code [start, end)} in UTF-16 units and the coded passage.
 */
@JsonPropertyOrder({"id", "guid", "document", "code", "coder", "start", "end", "text"})
record CodingJson(long id, String guid, String document, String code, String coder, int start, int end,
                  String text) {

    /** Describes codings inside one read transaction; each document's text is read once. */
    static List<CodingJson> of(Tx tx, List<Coding> codings) {
        Codebook book = tx.codes().codebook();
        Map<Long, String> documents = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        Map<Long, String> coders = new HashMap<>();
        tx.documents().list().forEach(d -> documents.put(d.id(), d.name()));
        tx.coders().list().forEach(c -> coders.put(c.id(), c.name()));
        return codings.stream().map(c -> new CodingJson(c.id(), c.guid(), documents.get(c.documentId()),
                book.pathOf(c.codeId()), coders.get(c.coderId()), c.range().start(), c.range().end(),
                c.range().of(texts.computeIfAbsent(c.documentId(), tx.documents()::text)))).toList();
    }
}
