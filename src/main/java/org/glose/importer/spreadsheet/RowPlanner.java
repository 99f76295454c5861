package org.glose.importer.spreadsheet;

import static org.glose.importer.spreadsheet.TableImportPlan.MAX_NAME;
import static org.glose.importer.spreadsheet.TableImportPlan.MAX_VALUE;
import static org.glose.importer.spreadsheet.TableImportPlan.removedWarning;
import static org.glose.importer.spreadsheet.TableImportPlan.shorten;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.glose.core.cases.AttributeRow;
import org.glose.core.model.NewDocument;
import org.glose.core.project.InvalidInputException;
import org.glose.importer.LanguageGuesser;
import org.glose.importer.ProjectImporter;
import org.glose.importer.TextNormaliser;
import org.glose.importer.spreadsheet.TableImportPlan.PlannedDocument;

/** Plans one document per row for {@link TableImportPlan}: names, cases and attribute values, checked. */
final class RowPlanner {
    private final Table table;
    private final TableImportChoice choice;
    private final int text;
    private final String stem;
    private final String fileName;
    private final String format;
    private final Integer name;
    private final Integer caseColumn;
    private final List<Integer> attributeColumns = new ArrayList<>();

    RowPlanner(Table table, TableImportChoice choice, int text, String stem, String fileName, String format) {
        this.table = table;
        this.choice = choice;
        this.text = text;
        this.stem = stem;
        this.fileName = fileName;
        this.format = format;
        this.name = choice.nameColumn() == null ? null : Columns.resolve(table, choice.nameColumn());
        this.caseColumn = choice.caseColumn() == null ? null : Columns.resolve(table, choice.caseColumn());
        for (String reference : choice.attributeColumns()) {
            int column = Columns.resolve(table, reference);
            if (column == text) {
                throw new InvalidInputException("The text column \u201C" + table.headers().get(text)
                        + "\u201D cannot also be an attribute.");
            }
            if (table.headers().get(column).length() > MAX_NAME) {
                throw new InvalidInputException("The header of column " + Table.letter(column)
                        + " is longer than " + MAX_NAME + " characters, too long for an attribute name.");
            }
            if (!attributeColumns.contains(column)) {
                attributeColumns.add(column);
            }
        }
        if (Integer.valueOf(text).equals(name) || Integer.valueOf(text).equals(caseColumn)) {
            throw new InvalidInputException("The text column \u201C" + table.headers().get(text)
                    + "\u201D cannot also name the documents or the cases.");
        }
    }

    TableImportPlan plan() {
        List<PlannedDocument> documents = new ArrayList<>();
        List<AttributeRow> attributes = new ArrayList<>();
        Map<String, Integer> rowOfName = new HashMap<>();
        Map<String, String[]> valueOf = new HashMap<>();   // case + attribute -> {value, row}
        List<String> answers = new ArrayList<>();
        int removed = 0;
        int skipped = 0;
        int withoutCase = 0;
        for (Table.Row row : table.rows()) {
            TextNormaliser.Result answer = TextNormaliser.normaliseReporting(row.cell(text));
            removed += answer.removedControls();
            if (answer.text().isBlank()) {
                skipped++;
                continue;
            }
            String documentName = documentName(row);
            Integer previous = rowOfName.putIfAbsent(documentName, row.number());
            if (previous != null) {
                throw new InvalidInputException("Rows " + previous + " and " + row.number() + " would both make a "
                        + "document named \u201C" + documentName + "\u201D; choose a name column whose values differ.");
            }
            String caseName = caseName(row, documentName);
            if (caseName == null && choice.makesCases()) {
                withoutCase++;
            }
            if (caseName != null) {
                for (int column : attributeColumns) {
                    attribute(row, column, caseName, valueOf).ifPresent(attributes::add);
                }
            }
            answers.add(answer.text());
            byte[] original = rowAsCsv(row);
            documents.add(new PlannedDocument(new NewDocument(documentName, format, fileName, original,
                    ProjectImporter.sha256(original), answer.text(), null, null, "fr"), caseName, row.number()));
        }
        if (documents.isEmpty()) {
            throw new InvalidInputException("The column \u201C" + table.headers().get(text)
                    + "\u201D holds no text to import.");
        }
        String language = LanguageGuesser.guess(String.join("\n", answers));   // short answers alone mislead
        List<PlannedDocument> guessed = documents.stream()
                .map(p -> new PlannedDocument(withLanguage(p.document(), language), p.caseName(), p.row()))
                .toList();
        List<String> warnings = new ArrayList<>();
        removedWarning(removed).ifPresent(warnings::add);
        if (withoutCase > 0) {
            warnings.add(withoutCase + " row(s) have no case name in column \u201C" + table.headers().get(caseColumn)
                    + "\u201D: their documents belong to no case.");
        }
        return new TableImportPlan(guessed, attributes, skipped, warnings);
    }

    private String documentName(Table.Row row) {
        String named = name == null ? "" : clean(row.cell(name));
        String documentName = named.isEmpty() ? stem + "-row-" + row.number() : named;
        if (documentName.length() > MAX_NAME) {
            throw new InvalidInputException("Row " + row.number() + ": the document name \u201C"
                    + shorten(documentName) + "\u201D is longer than " + MAX_NAME + " characters.");
        }
        return documentName;
    }

    private String caseName(Table.Row row, String documentName) {
        if (caseColumn == null) {
            return choice.makesCases() ? documentName : null;
        }
        String caseName = clean(row.cell(caseColumn));
        if (caseName.length() > MAX_NAME) {
            throw new InvalidInputException("Row " + row.number() + ": the case name \u201C" + shorten(caseName)
                    + "\u201D is longer than " + MAX_NAME + " characters.");
        }
        return caseName.isEmpty() ? null : caseName;
    }

    private Optional<AttributeRow> attribute(Table.Row row, int column, String caseName,
                                                       Map<String, String[]> valueOf) {
        String value = TextNormaliser.normalise(row.cell(column)).strip();
        if (value.isEmpty()) {
            return Optional.empty();   // a blank cell is no answer: it never clears a value
        }
        String attribute = table.headers().get(column);
        if (value.length() > MAX_VALUE) {
            throw new InvalidInputException("Row " + row.number() + ": the value of \u201C" + attribute
                    + "\u201D is longer than " + MAX_VALUE + " characters.");
        }
        String[] earlier = valueOf.putIfAbsent(caseName + "\u0000" + attribute,
                new String[] {value, String.valueOf(row.number())});
        if (earlier != null && !earlier[0].equals(value)) {
            throw new InvalidInputException("Rows " + earlier[1] + " and " + row.number() + " give the case \u201C"
                    + caseName + "\u201D two values for \u201C" + attribute + "\u201D (\u201C" + earlier[0]
                    + "\u201D and \u201C" + value + "\u201D).");
        }
        return earlier != null ? Optional.empty()
                : Optional.of(new AttributeRow(row.number(), caseName, attribute, value));
    }

    private static String clean(String cell) {
        return TextNormaliser.normalise(cell).strip().replaceAll("\\s+", " ");
    }

    /** The header row and this row as a UTF-8 CSV: the document's original. */
    private byte[] rowAsCsv(Table.Row row) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(table.headers());
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < table.columnCount(); c++) {
                cells.add(row.cell(c));
            }
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static NewDocument withLanguage(NewDocument d, String language) {
        return new NewDocument(d.name(), d.format(), d.originalName(), d.originalBytes(), d.sha256(), d.text(),
                d.pageStarts(), d.encoding(), language);
    }
}
