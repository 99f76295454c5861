package org.glose.interchange.table;

import java.time.Instant;
import java.util.List;
import org.glose.core.analysis.cooccurrence.CoOccurrence;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceTable;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.cooccurrence.Measure;
import org.glose.core.analysis.data.CodedData;
import org.glose.core.model.Code;
import org.glose.core.model.CodeDetails;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.text.TextRange;

/** A small co-occurrence table with known values (the fixture of the core analysis tests). */
final class SampleTables {

    private SampleTables() {
    }

    static CoOccurrenceTable cTable() {
        List<Code> codes = List.of(code(1, null, "A", 0), code(3, 1L, "C", 1), code(2, null, "B", 2),
                code(4, null, "D", 3), code(5, null, "E", 4));
        List<Document> docs = List.of(new Document(10, "d10", "doc10.txt", "txt", "doc10.txt", "s", Instant.EPOCH,
                "UTF-8", "fr", null, 60), new Document(20, "d20", "doc20.txt", "txt", "doc20.txt", "s", Instant.EPOCH,
                "UTF-8", "fr", null, 20));
        List<Coding> codings = List.of(coding(1, 10, 1, 0, 10), coding(2, 10, 2, 5, 15), coding(3, 10, 2, 20, 30),
                coding(4, 10, 3, 25, 28), coding(5, 10, 1, 40, 50), coding(6, 20, 1, 0, 5), coding(7, 20, 2, 10, 20));
        CodedData data = CodedData.of(new Codebook(codes), docs, codings);
        return CoOccurrence.compute(data, new CoOccurrenceOptions(CoOccurrenceUnit.OVERLAP, 0,
                Measure.C_COEFFICIENT, false));
    }

    private static Code code(long id, Long parent, String name, int order) {
        return new Code(id, "g" + id, parent, name, CodeDetails.colour(null), order);
    }

    private static Coding coding(long id, long doc, long code, int start, int end) {
        return new Coding(id, "c" + id, doc, code, 1, new TextRange(start, end), Instant.EPOCH);
    }
}
