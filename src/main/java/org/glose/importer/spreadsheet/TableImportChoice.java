package org.glose.importer.spreadsheet;

import java.util.List;

/**
 * What the user chose to make of a table. Columns are named by header (ignoring case), by spreadsheet letter
 * ("C") or by number from 1; a header wins over a letter or number it happens to equal.
 *
 * @param layout           one document per row (each respondent's answer) or one document for the whole column
 * @param textColumn       the column holding the text to code
 * @param nameColumn       per row: the column naming each document; null for "FILE-row-N"
 * @param caseColumn       per row: the column naming each row's case (respondent id); null for no case column
 * @param attributeColumns per row: the columns that become attributes of the row's case
 */
public record TableImportChoice(Layout layout, String textColumn, String nameColumn, String caseColumn,
                                List<String> attributeColumns) {

    public enum Layout {
        /** Each row with an answer becomes a document (and, with a case column or attributes, a case). */
        DOCUMENT_PER_ROW,
        /** The whole column becomes one document, each answer one paragraph. */
        DOCUMENT_PER_COLUMN
    }

    public TableImportChoice {
        attributeColumns = attributeColumns == null ? List.of() : List.copyOf(attributeColumns);
    }

    /** True when the rows' documents go into cases: a case column or attributes were chosen. */
    public boolean makesCases() {
        return caseColumn != null || !attributeColumns.isEmpty();
    }
}
