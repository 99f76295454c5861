package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.stage.FileChooser;
import org.glose.core.coding.ImportCodebook;
import org.glose.core.coding.MergeCodebook;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.importer.DocumentReaders;
import org.glose.importer.ImportOutcome;
import org.glose.importer.ProjectImporter;
import org.glose.importer.spreadsheet.TableImportResult;
import org.glose.importer.spreadsheet.TableReaders;
import org.glose.interchange.codebook.CodebookYaml;
import org.glose.interchange.codebook.QdcReader;
import org.glose.ui.importing.TableImportDialog;

/**
 * The File menu's actions: new, open and open read-only, import documents (tables through the column choice),
 * import a codebook (Glose YAML/JSON or REFI-QDA .qdc).
 */
final class ProjectActions {

    private final ProjectSession session;
    private final Dialogs dialogs;
    private final DocumentReaders readers;
    private final FileChoices files;

    ProjectActions(ProjectSession session, Dialogs dialogs, DocumentReaders readers, FileChoices files) {
        this.session = session;
        this.dialogs = dialogs;
        this.readers = readers;
        this.files = files;
    }

    void newProject() {
        dialogs.askText(t("project.new.title"), t("project.new.name"), "").ifPresent(name -> files.folder(
                t("project.new.where", folderName(name))).ifPresent(parent ->
                session.create(parent.resolve(folderName(name)), name)));
    }

    void openProject() {
        files.folder(t("project.open.title")).ifPresent(session::open);
    }

    /** Opens a team project on a PostgreSQL server from its URL (docs/team-server.md). */
    void openTeamProject() {
        ServerProjectDialog.ask(dialogs.owner()).ifPresent(a -> session.open(a.location(), a.password()));
    }

    /** Opens a project so that nothing can be changed in it (a supervisor reading a student's project). */
    void openReadOnly() {
        files.folder(t("project.openReadOnly.title")).ifPresent(folder -> session.openReadOnly(folder, null));
    }

    void importDocuments() {
        if (session.project() == null || session.refusedReadOnly()) {
            return;
        }
        List<String> patterns = readers.supportedExtensions().stream().map(e -> "*." + e).toList();
        List<Path> paths = files.openMany(t("project.importDocuments.title"),
                new FileChooser.ExtensionFilter(t("project.filter.documents", String.join(", ", patterns)), patterns),
                new FileChooser.ExtensionFilter(t("project.filter.all"), "*.*"));
        importFiles(paths);
    }

    /** Documents import in one task; each table (spreadsheet, CSV) opens the column choice, one after another. */
    void importFiles(List<Path> paths) {
        OpenProject project = session.project();
        if (project == null || paths.isEmpty() || session.refusedReadOnly()) {
            return;
        }
        List<Path> documents = paths.stream().filter(p -> !TableReaders.isTable(p.getFileName().toString())).toList();
        Deque<Path> tables = paths.stream().filter(p -> TableReaders.isTable(p.getFileName().toString()))
                .collect(Collectors.toCollection(ArrayDeque::new));
        if (!documents.isEmpty()) {
            session.runLong(documents.size() == 1 ? t("project.importing.one") : t("project.importing", documents.size()),
                    (p, progress, cancel) -> new ProjectImporter(p, readers).importFiles(documents, progress, cancel),
                    this::reportImport);
        }
        chooseColumns(project, tables);
    }

    private void chooseColumns(OpenProject project, Deque<Path> tables) {
        Path table = tables.poll();
        if (table == null || session.project() != project) {
            return;
        }
        TableImportDialog.show(dialogs.owner(), project, table, session.runner(), result -> reportTable(table, result))
                .setOnHidden(e -> chooseColumns(project, tables));
    }

    private void reportTable(Path table, TableImportResult result) {
        session.announce(result.summary(table.getFileName().toString()));
        if (!result.warnings().isEmpty()) {
            dialogs.info(t("project.importTable.warnings", table.getFileName()), String.join("\n", result.warnings()));
        }
    }

    private void reportImport(List<ImportOutcome> outcomes) {
        long imported = outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED).count();
        session.announce(outcomes.size() == 1 ? t("project.imported.one", imported)
                : t("project.imported", imported, outcomes.size()));
        List<String> notes = outcomes.stream()
                .filter(o -> o.status() != ImportOutcome.Status.IMPORTED || !o.warnings().isEmpty())
                .map(o -> o.warnings().isEmpty() ? o.message()
                        : o.message() + " " + String.join(" ", o.warnings()))
                .toList();
        if (!notes.isEmpty()) {
            dialogs.info(t("project.imported.notes", imported, outcomes.size()),
                    notes.stream().collect(Collectors.joining("\n")));
        }
    }

    void importCodebook() {
        if (session.project() == null || session.refusedReadOnly()) {
            return;
        }
        files.open(t("project.importCodebook.title"),
                new FileChooser.ExtensionFilter(t("project.filter.codebooks"), "*.yaml", "*.yml",
                        "*.json", "*.qdc"),
                new FileChooser.ExtensionFilter(t("project.filter.all"), "*.*")).ifPresent(this::importCodebook);
    }

    /** A .qdc merges by GUID then by path (the project's values win conflicts); a Glose codebook adds new paths. */
    void importCodebook(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".qdc")) {
            session.edit(t("project.importCodebook.running", name), (project, progress, cancel) -> {
                try (InputStream in = Files.newInputStream(file)) {
                    return project.execute(new MergeCodebook(QdcReader.read(in, name).codes()));
                } catch (IOException e) {
                    throw unreadable(name, e);
                }
            }, merged -> session.announce(t("project.importCodebook.merged", name, merged.added(),
                    merged.matchedByGuid() + merged.matchedByPath(), merged.conflicts().size())));
            return;
        }
        session.edit(t("project.importCodebook.running", name), (project, progress, cancel) -> {
            try (InputStream in = Files.newInputStream(file)) {
                return project.execute(new ImportCodebook(CodebookYaml.read(in)));
            } catch (IOException e) {
                throw unreadable(name, e);
            }
        }, outcome -> session.announce(outcome.created() == 1
                ? t("project.importCodebook.doneOne", name, outcome.existing())
                : t("project.importCodebook.done", name, outcome.created(), outcome.existing())));
    }

    private static InvalidInputException unreadable(String name, IOException e) {
        return new InvalidInputException(t("project.importCodebook.unreadable", name, e.getMessage()), e);
    }

    /** A folder name from a project name: characters that file systems refuse become dashes. */
    static String folderName(String name) {
        String cleaned = name.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").replaceAll("[. ]+$", "");
        return cleaned.isEmpty() ? "project" : cleaned;
    }
}
