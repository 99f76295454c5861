package org.glose.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.importer.spreadsheet.Table;
import org.glose.importer.spreadsheet.TableImportChoice;
import org.glose.importer.spreadsheet.TableImportChoice.Layout;
import org.glose.importer.spreadsheet.TableImportResult;
import org.glose.importer.spreadsheet.TableImporter;
import org.glose.importer.spreadsheet.TableOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "import-table", mixinStandardHelpOptions = true,
        description = {"Imports a spreadsheet or CSV file of answers (.xlsx, .xls, .ods, .csv, .tsv); the first row "
                + "names the columns. COLUMN is a header, a letter (C) or a number from 1.",
                "By default the text column becomes one document, one paragraph per answer. With "
                        + "--document-per-row each answer becomes a document, and with --case-column or "
                        + "--attribute-columns each row's document joins a case that gets the row's attributes.",
                "One action, all or nothing. Use --list-columns first to see the columns."})
final class ImportTableCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "FILE", description = "The table file.")
    Path file;

    @Option(names = "--text-column", paramLabel = "COLUMN", description = "The column holding the text to code.")
    String textColumn;

    @Option(names = "--document-per-row", description = "One document per row instead of one for the column.")
    boolean perRow;

    @Option(names = "--name-column", paramLabel = "COLUMN",
            description = "Per row: names the documents (default: FILE-row-N, N the row number).")
    String nameColumn;

    @Option(names = "--case-column", paramLabel = "COLUMN",
            description = "Per row: names each row's case, e.g. a respondent id (default with attributes: the "
                    + "document's name).")
    String caseColumn;

    @Option(names = "--attribute-columns", paramLabel = "COLUMN", split = ",",
            description = "Per row: columns that become attributes of the row's case (comma-separated).")
    List<String> attributeColumns = List.of();

    @Option(names = "--sheet", paramLabel = "SHEET", description = "The sheet, by name or number (default: the first).")
    String sheet;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "CSV: the character encoding, e.g. windows-1252 (default: detected).")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "CSV: the field separator, e.g. ';' or 'tab' (default: detected from the first line).")
    String delimiter;

    @Option(names = "--list-columns", description = "Print the sheets and columns, import nothing.")
    boolean listColumns;

    @Override
    int run(OpenProject project) {
        TableImporter.TableFile tableFile = TableImporter.open(file);
        Table table = tableFile.table(new TableOptions(sheet, charset(), separator()));
        if (listColumns) {
            TableListing.print(out(), tableFile.sheets(), table);
            return GloseCli.OK;
        }
        if (textColumn == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--text-column=COLUMN' "
                    + "(run with --list-columns to see the columns).");
        }
        TableImportChoice choice = new TableImportChoice(perRow ? Layout.DOCUMENT_PER_ROW : Layout.DOCUMENT_PER_COLUMN,
                textColumn, nameColumn, caseColumn, attributeColumns);
        TableImportResult result = new TableImporter(project).importTable(tableFile, table, choice, Progress.NONE,
                new Cancellation());
        out().println(result.summary(tableFile.name()));
        result.warnings().forEach(warning -> out().println("  " + warning));
        return GloseCli.OK;
    }

    private Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidInputException("Unknown encoding \u201C" + encoding + "\u201D (try UTF-8 or windows-1252).");
        }
    }

    private Character separator() {
        if (delimiter == null) {
            return null;
        }
        String d = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? "\t" : delimiter;
        if (d.length() != 1 || d.equals("\"") || d.equals("\n") || d.equals("\r")) {
            throw new InvalidInputException("The delimiter must be one character (such as , ; | or tab), not \u201C"
                    + delimiter + "\u201D.");
        }
        return d.charAt(0);
    }
}
