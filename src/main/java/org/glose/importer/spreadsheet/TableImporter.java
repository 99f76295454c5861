package org.glose.importer.spreadsheet;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.glose.core.model.Document;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.GloseTask;
import org.glose.core.task.Progress;
import org.glose.importer.DocumentReaders;
import org.glose.importer.FileIdentifier;
import org.glose.importer.FileKind;
import org.glose.importer.UnreadableDocumentException;

/**
 * Imports a spreadsheet or CSV file of answers (a survey, interview notes in a table...) as documents, cases and
 * case attributes, following the user's {@link TableImportChoice}: one command, so all or nothing, one undo entry.
 * Every refusal is an {@link InvalidInputException} whose message is one sentence naming the file or the row.
 */
public final class TableImporter {

    private final OpenProject project;

    public TableImporter(OpenProject project) {
        this.project = project;
    }

    /** A table file read into memory, with its reader (to list sheets or read another one). */
    public record TableFile(Path path, String name, byte[] bytes, TableReader reader) {

        /** The sheets of a workbook, empty for CSV. */
        public List<String> sheets() {
            try {
                return reader.sheets(bytes);
            } catch (UnreadableDocumentException e) {
                throw refusal(name, e);
            }
        }

        /** One sheet as a table (the first row gives the headers). */
        public Table table(TableOptions options) {
            TableOptions effective = options;
            if (options.delimiter() == null && DocumentReaders.extensionOf(name).equals("tsv")) {
                effective = new TableOptions(options.sheet(), options.encoding(), '\t');
            }
            try {
                return reader.read(bytes, effective);
            } catch (UnreadableDocumentException e) {
                throw refusal(name, e);
            }
        }
    }

    /** Reads a table file, refusing in one sentence one that is missing, not a table, or another format in disguise. */
    public static TableFile open(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        TableReader reader = TableReaders.forFile(name).orElseThrow(() -> new InvalidInputException(name
                + " is refused: it is not a table (Glose reads " + String.join(", ", TableReaders.extensions())
                + " files as tables)."));
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new InvalidInputException(name + " is refused: it is a folder, not a file.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name + " is refused: the file does not exist.");
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(name + " is refused: it cannot be read (permission denied).");
        } catch (IOException e) {
            throw new InvalidInputException(name + " is refused: it cannot be read (" + e.getMessage() + ").");
        }
        Set<String> readable = new TreeSet<>(DocumentReaders.load().supportedExtensions());
        readable.addAll(FileKind.TABLE_EXTENSIONS);
        Optional<String> mismatch = FileIdentifier.mismatch(bytes, DocumentReaders.extensionOf(name), readable);
        if (mismatch.isPresent()) {
            throw new InvalidInputException(name + " is refused: " + mismatch.get() + ".");
        }
        return new TableFile(file, name, bytes, reader);
    }

    /** Checks the choice against the table and the project; nothing is written. */
    public TableImportPlan plan(TableFile file, Table table, TableImportChoice choice) {
        TableImportPlan plan = TableImportPlan.of(table, choice, file.name(), file.reader().format(), file.bytes());
        List<String> taken = project.read(tx -> plan.documents().stream()
                .map(planned -> planned.document().name())
                .filter(name -> tx.documents().byName(name).isPresent())
                .limit(1)
                .toList());
        if (!taken.isEmpty()) {
            throw new InvalidInputException("A document named \u201C" + taken.get(0) + "\u201D is already in the "
                    + "project (was the table imported before?); nothing was imported.");
        }
        return plan;
    }

    /** Plans and runs the import as one action; cancelling before the end imports nothing. */
    public TableImportResult importTable(TableFile file, Table table, TableImportChoice choice, Progress progress,
                                         Cancellation cancellation) {
        progress.update(0, 2, "Checking " + file.name());
        TableImportPlan plan = plan(file, table, choice);
        cancellation.throwIfCancelled();
        progress.update(1, 2, "Importing " + plan.documents().size() + " document(s) from " + file.name());
        String label = "Import table \u201C" + file.name() + "\u201D";
        List<Document> added = project.execute(new AddTableDocuments(label, plan, cancellation));
        progress.update(2, 2, "Imported " + added.size() + " document(s)");
        return new TableImportResult(added, plan.cases(), plan.attributes().size(), plan.skippedRows(),
                plan.warnings());
    }

    /** The import as a long task (for the window). */
    public GloseTask<TableImportResult> task(TableFile file, Table table, TableImportChoice choice) {
        return new GloseTask<>() {
            @Override
            public String title() {
                return "Importing " + file.name();
            }

            @Override
            public TableImportResult run(Progress progress, Cancellation cancellation) {
                return importTable(file, table, choice, progress, cancellation);
            }
        };
    }

    private static InvalidInputException refusal(String name, UnreadableDocumentException e) {
        String reason = e.getMessage();
        return new InvalidInputException(name + " is refused: " + reason + (reason.endsWith(".") ? "" : "."), e);
    }
}
