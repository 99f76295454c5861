package org.glose.importer.spreadsheet;

import java.util.List;
import org.glose.core.model.Document;

/**
 * What a table import did.
 *
 * @param documents       the documents added, in row order
 * @param cases           how many cases the documents joined (created or existing)
 * @param attributeValues how many attribute values were set
 * @param skippedRows     rows left out because their text cell was blank
 * @param warnings        plain sentences about what was changed or assumed
 */
public record TableImportResult(List<Document> documents, long cases, int attributeValues, int skippedRows,
                                List<String> warnings) {

    public TableImportResult {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
    }

    /**
     * "Imported 12 document(s) from survey.xlsx, in 12 case(s) with 36 attribute value(s); 2 row(s) without text
     * skipped."
     */
    public String summary(String fileName) {
        StringBuilder summary = new StringBuilder("Imported " + documents.size() + " document(s) from " + fileName);
        if (cases > 0) {
            summary.append(", in ").append(cases).append(" case(s) with ").append(attributeValues)
                    .append(" attribute value(s)");
        }
        if (skippedRows > 0) {
            summary.append("; ").append(skippedRows).append(" row(s) without text skipped");
        }
        return summary.append('.').toString();
    }
}
