package org.glose.interchange.refi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeValue;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coder;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.OpenProject;
import org.glose.core.text.OffsetIndex;

/**
 * A project's content as one consistent read, for an export: everything but the texts and original files, which
 * are read one document at a time. {@code indexes} convert each document's offsets to code points.
 */
record ExportSnapshot(String name, List<Coder> coders, Codebook codebook, List<Document> documents,
                      List<Coding> codings, List<Memo> memos, List<ProjectCase> cases, List<Attribute> attributes,
                      List<AttributeValue> values, Map<Long, List<Long>> documentsOfCase,
                      Map<Long, OffsetIndex> indexes) {

    static ExportSnapshot of(OpenProject project) {
        return project.read(tx -> {
            List<ProjectCase> cases = tx.cases().list();
            Map<Long, List<Long>> ofCase = new HashMap<>();
            cases.forEach(c -> ofCase.put(c.id(), tx.cases().documentsOf(c.id())));
            List<Document> documents = tx.documents().list();
            Map<Long, OffsetIndex> indexes = new HashMap<>();
            documents.forEach(d -> indexes.put(d.id(), OffsetIndex.of(tx.documents().text(d.id()))));
            return new ExportSnapshot(project.name(), tx.coders().list(), tx.codes().codebook(), documents,
                    tx.codings().list(CodingFilter.ALL), tx.memos().list(), cases, tx.cases().attributes(),
                    tx.cases().values(), ofCase, indexes);
        });
    }

    Map<Long, Coder> codersById() {
        Map<Long, Coder> map = new HashMap<>();
        coders.forEach(c -> map.put(c.id(), c));
        return map;
    }
}
