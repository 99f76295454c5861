package org.glose.importer.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glose.core.cases.AttributeRow;
import org.glose.core.model.NewDocument;
import org.glose.core.project.InvalidInputException;
import org.glose.importer.LanguageGuesser;
import org.glose.importer.ProjectImporter;
import org.glose.importer.TextNormaliser;
import org.glose.importer.spreadsheet.TableImportChoice.Layout;

/**
 * The documents, case links and attribute values a table gives for the user's choice, checked before anything is
 * written: a bad choice or bad data is refused in one sentence naming the row, and nothing is imported.
 *
 * <p>One document per row: a row whose text cell is blank is skipped (with its case and attributes). A document's
 * original is a small UTF-8 CSV of the header row and its own row, not the whole file, which could be large and
 * would be stored once per row. One document per column: each non-blank answer is one paragraph (line breaks
 * inside an answer become spaces, so that paragraphs and answers stay one to one); the original is the file.
 */
public final class TableImportPlan {

    /** What the store allows (document and case names, attribute names, attribute values). */
    static final int MAX_NAME = 200;
    static final int MAX_VALUE = 4000;

    /** A document to add, and the case it joins (null for none). */
    public record PlannedDocument(NewDocument document, String caseName, int row) {
    }

    private final List<PlannedDocument> documents;
    private final List<AttributeRow> attributes;
    private final int skippedRows;
    private final List<String> warnings;

    TableImportPlan(List<PlannedDocument> documents, List<AttributeRow> attributes, int skippedRows,
                            List<String> warnings) {
        this.documents = List.copyOf(documents);
        this.attributes = List.copyOf(attributes);
        this.skippedRows = skippedRows;
        this.warnings = List.copyOf(warnings);
    }

    public List<PlannedDocument> documents() {
        return documents;
    }

    public List<AttributeRow> attributes() {
        return attributes;
    }

    /** Rows left out because their text cell is blank. */
    public int skippedRows() {
        return skippedRows;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** How many distinct cases the documents join. */
    public long cases() {
        return documents.stream().map(PlannedDocument::caseName).filter(name -> name != null).distinct().count();
    }

    /**
     * Plans the import.
     *
     * @param fileName the table file's name: documents are named after it ("survey-row-4")
     * @param format   the table's format ("xlsx", "ods", "csv"), kept as the documents' format
     * @param original the file's bytes (kept as the original of a whole-column document)
     * @throws InvalidInputException when the choice does not fit the table or the data breaks a rule
     */
    public static TableImportPlan of(Table table, TableImportChoice choice, String fileName, String format,
                                     byte[] original) {
        if (table.columnCount() == 0 || table.rows().isEmpty()) {
            throw new InvalidInputException("The table has no rows under its header row: there is nothing to import.");
        }
        int text = Columns.resolve(table, choice.textColumn());
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        if (choice.layout() == Layout.DOCUMENT_PER_COLUMN) {
            if (choice.nameColumn() != null || choice.makesCases()) {
                throw new InvalidInputException(
                        "A name column, a case column and attributes need one document per row.");
            }
            return perColumn(table, text, stem, fileName, format, original);
        }
        return new RowPlanner(table, choice, text, stem, fileName, format).plan();
    }

    private static TableImportPlan perColumn(Table table, int text, String stem, String fileName, String format,
                                             byte[] original) {
        List<String> answers = new ArrayList<>();
        int removed = 0;
        int skipped = 0;
        for (Table.Row row : table.rows()) {
            TextNormaliser.Result answer = TextNormaliser.normaliseReporting(row.cell(text));
            removed += answer.removedControls();
            String paragraph = answer.text().strip().replaceAll("\\s*\\n\\s*", " ");
            if (paragraph.isEmpty()) {
                skipped++;
            } else {
                answers.add(paragraph);
            }
        }
        String header = table.headers().get(text);
        if (answers.isEmpty()) {
            throw new InvalidInputException("The column \u201C" + header + "\u201D holds no text to import.");
        }
        String name = shorten(stem + " - " + header);
        String body = String.join("\n", answers);
        NewDocument document = new NewDocument(name, format, fileName, original, ProjectImporter.sha256(original),
                body, null, null, LanguageGuesser.guess(body));
        List<String> warnings = new ArrayList<>();
        removedWarning(removed).ifPresent(warnings::add);
        return new TableImportPlan(List.of(new PlannedDocument(document, null, 0)), List.of(), skipped, warnings);
    }

    /** A name cut to what the store allows, ending with an ellipsis when cut. */
    static String shorten(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1).strip() + "\u2026";
    }

    static Optional<String> removedWarning(int removed) {
        return removed == 0 ? Optional.empty() : Optional.of(removed
                + " control character(s) (such as NUL) were removed from the answers.");
    }
}
