package org.glose.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.glose.core.document.AddDocument;
import org.glose.core.model.Document;
import org.glose.core.model.NewDocument;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.GloseTask;
import org.glose.core.task.Progress;
import org.glose.importer.ImportOutcome.Status;

/**
 * Imports files into a project, one transaction (and one undo entry) per document, so that a refused or
 * cancelled file leaves no trace and the others of the batch still import.
 */
public final class ProjectImporter {

    private final OpenProject project;
    private final DocumentReaders readers;

    public ProjectImporter(OpenProject project, DocumentReaders readers) {
        this.project = project;
        this.readers = readers;
    }

    /** The import of several files as a long task: progress per file, cancellation between files. */
    public GloseTask<List<ImportOutcome>> task(List<Path> files) {
        return new GloseTask<>() {
            @Override
            public String title() {
                return "Importing " + files.size() + " file(s)";
            }

            @Override
            public List<ImportOutcome> run(Progress progress, Cancellation cancellation) {
                return importFiles(files, progress, cancellation);
            }
        };
    }

    public List<ImportOutcome> importFiles(List<Path> files, Progress progress, Cancellation cancellation) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            cancellation.throwIfCancelled();
            Path file = files.get(i);
            progress.update(i, files.size(), "Importing " + file.getFileName());
            outcomes.add(importFile(file));
        }
        progress.update(files.size(), files.size(), "Imported " + files.size() + " file(s)");
        return outcomes;
    }

    public ImportOutcome importFile(Path file) {
        return importFile(file, null);
    }

    /** Imports one file; {@code bytes} may be given when the file's content is already at hand (resources). */
    public ImportOutcome importFile(Path file, byte[] bytes) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Optional<DocumentReader> reader = readers.forExtension(name);
        if (reader.isEmpty() && FileKind.TABLE_EXTENSIONS.contains(DocumentReaders.extensionOf(name))) {
            return refused(file, name + " is refused: it is a table, imported by choosing its text column "
                    + "(\u201Cglose import-table\u201D, or the window's import dialog).");
        }
        if (reader.isEmpty()) {
            return refused(file, name + " is refused: Glose cannot import this kind of file (it reads "
                    + String.join(", ", readers.supportedExtensions().stream().sorted().toList()) + ").");
        }
        try {
            Optional<String> tooLarge = bytes != null ? Optional.empty() : tooLarge(file);
            if (tooLarge.isPresent()) {
                return refused(file, name + " is refused: " + tooLarge.get());
            }
            byte[] content = bytes != null ? bytes : readFile(file);
            Optional<String> mismatch = FileIdentifier.mismatch(content, DocumentReaders.extensionOf(name),
                    readableExtensions());
            if (mismatch.isPresent()) {
                return refused(file, name + " is refused: " + mismatch.get() + ".");
            }
            String sha256 = sha256(content);
            Optional<Document> existing = project.read(tx -> tx.documents().byName(name));
            if (existing.isPresent()) {
                return existing.get().sha256().equals(sha256)
                        ? new ImportOutcome(file, Status.SKIPPED, name + " is already in the project: skipped.",
                                existing.get(), List.of())
                        : refused(file, name + " is refused: another document named " + name
                                + " is already in the project (rename the file to import it too).");
            }
            ExtractedText text = readSafely(reader.get(), content, name);
            NewDocument doc = new NewDocument(name, reader.get().format(), name, content, sha256, text.text(),
                    text.pageStarts(), text.encoding(), text.language());
            Document added = project.execute(new AddDocument(doc));
            String pages = added.pages() == null ? "" : ", " + added.pages() + " page(s)";
            return new ImportOutcome(file, Status.IMPORTED, "Imported " + name + " (" + added.length()
                    + " characters" + pages + ").", added, text.warnings());
        } catch (UnreadableDocumentException e) {
            return refused(file, name + " is refused: " + e.getMessage() + sentenceEnd(e.getMessage()));
        } catch (NoSuchFileException e) {
            return refused(file, name + " is refused: the file does not exist.");
        } catch (IOException e) {
            return refused(file, name + " is refused: it cannot be read (" + e.getMessage() + ").");
        } catch (InvalidInputException e) {
            return refused(file, name + " is refused: " + e.getMessage());
        }
    }

    /** What renaming a file could make importable: the documents' extensions and the tables'. */
    private Set<String> readableExtensions() {
        Set<String> readable = new HashSet<>(readers.supportedExtensions());
        readable.addAll(FileKind.TABLE_EXTENSIONS);
        return readable;
    }

    /**
     * The largest file imported, checked before its bytes are read: an import holds the file, its text and the
     * copies the database makes, 8 to 10 times the file's size at peak (a 114 MB text file peaked at 954 MB), so
     * the limit is a twelfth of the memory Glose may use, and at most 200 MB (docs/robustness.md).
     */
    public static long maxFileBytes() {
        return Math.min(200L << 20, Runtime.getRuntime().maxMemory() / 12);
    }

    /**
     * A reader's own failure must not escape as a crash (docs/robustness.md): a file nested too deeply for a
     * recursive parser, or a bug met on a strange file, refuses that file only; the batch goes on.
     */
    private static ExtractedText readSafely(DocumentReader reader, byte[] content, String name)
            throws UnreadableDocumentException {
        try {
            return reader.read(content, name);
        } catch (StackOverflowError e) {
            throw new UnreadableDocumentException("its structure is nested too deeply to be read", e);
        } catch (OutOfMemoryError e) {
            throw new UnreadableDocumentException("reading it needs more memory than Glose has", e);
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException("the " + reader.format().toUpperCase(java.util.Locale.ROOT)
                    + " reader failed on it (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static Optional<String> tooLarge(Path file) throws IOException {
        long size = Files.isRegularFile(file) ? Files.size(file) : 0;
        long limit = maxFileBytes();
        long sizeMb = (size + (1 << 20) - 1) >> 20;   // rounded up: a file just above the limit shows above it
        return size <= limit ? Optional.empty() : Optional.of("at " + sizeMb + " MB it is larger than the "
                + (limit >> 20) + " MB Glose imports in one file (split it, or start Glose with more memory).");
    }

    private static byte[] readFile(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("it is a folder, not a file");
        }
        return Files.readAllBytes(file);
    }

    private static String sentenceEnd(String message) {
        return message.endsWith(".") ? "" : ".";
    }

    private static ImportOutcome refused(Path file, String message) {
        return new ImportOutcome(file, Status.REFUSED, message, null, List.of());
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

}
