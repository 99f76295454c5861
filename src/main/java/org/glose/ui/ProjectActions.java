package org.glose.ui;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.glose.core.coding.ImportCodebook;
import org.glose.core.project.InvalidInputException;
import org.glose.importer.DocumentReaders;
import org.glose.importer.ImportOutcome;
import org.glose.importer.ProjectImporter;
import org.glose.interchange.codebook.CodebookYaml;

/** The File menu's actions: new and open project, import documents, import a codebook. */
final class ProjectActions {

    private final ProjectSession session;
    private final Dialogs dialogs;
    private final DocumentReaders readers;
    private File lastFolder;

    ProjectActions(ProjectSession session, Dialogs dialogs, DocumentReaders readers, Path startFolder) {
        this.session = session;
        this.dialogs = dialogs;
        this.readers = readers;
        this.lastFolder = startFolder.toFile();
    }

    void newProject() {
        dialogs.askText("New project", "Name of the new project:", "").ifPresent(name -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Where to create the project folder “" + folderName(name) + "”");
            chooser.setInitialDirectory(existing(lastFolder));
            File parent = chooser.showDialog(dialogs.owner());
            if (parent != null) {
                lastFolder = parent;
                session.create(parent.toPath().resolve(folderName(name)), name);
            }
        });
    }

    void openProject() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a Glose project folder");
        chooser.setInitialDirectory(existing(lastFolder));
        File folder = chooser.showDialog(dialogs.owner());
        if (folder != null) {
            lastFolder = folder.getParentFile();
            session.open(folder.toPath());
        }
    }

    void importDocuments() {
        if (session.project() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import documents");
        chooser.setInitialDirectory(existing(lastFolder));
        List<String> patterns = readers.supportedExtensions().stream().map(e -> "*." + e).toList();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Documents (" + String.join(", ", patterns) + ")", patterns),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(dialogs.owner());
        if (files == null || files.isEmpty()) {
            return;
        }
        lastFolder = files.get(0).getParentFile();
        List<Path> paths = files.stream().map(File::toPath).toList();
        session.runLong("Importing " + paths.size() + (paths.size() == 1 ? " file" : " files"),
                (project, progress, cancel) -> new ProjectImporter(project, readers).importFiles(paths, progress,
                        cancel), this::reportImport);
    }

    private void reportImport(List<ImportOutcome> outcomes) {
        long imported = outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED).count();
        session.announce("Imported " + imported + " of " + outcomes.size()
                + (outcomes.size() == 1 ? " file." : " files."));
        List<String> notes = outcomes.stream()
                .filter(o -> o.status() != ImportOutcome.Status.IMPORTED || !o.warnings().isEmpty())
                .map(o -> o.warnings().isEmpty() ? o.message()
                        : o.message() + " " + String.join(" ", o.warnings()))
                .toList();
        if (!notes.isEmpty()) {
            dialogs.info("Import: " + imported + " of " + outcomes.size() + " imported",
                    notes.stream().collect(Collectors.joining("\n")));
        }
    }

    void importCodebook() {
        if (session.project() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a codebook");
        chooser.setInitialDirectory(existing(lastFolder));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Glose codebook (*.yaml, *.yml, *.json)", "*.yaml", "*.yml", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(dialogs.owner());
        if (file == null) {
            return;
        }
        lastFolder = file.getParentFile();
        session.edit("Importing the codebook " + file.getName(), (project, progress, cancel) -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                return project.execute(new ImportCodebook(CodebookYaml.read(in)));
            } catch (IOException e) {
                throw new InvalidInputException("The codebook " + file.getName() + " cannot be read ("
                        + e.getMessage() + ").", e);
            }
        }, outcome -> session.announce("Codebook " + file.getName() + ": " + outcome.created() + " new "
                + (outcome.created() == 1 ? "code" : "codes") + ", " + outcome.existing() + " already there."));
    }

    /** A folder name from a project name: characters that file systems refuse become dashes. */
    static String folderName(String name) {
        String cleaned = name.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").replaceAll("[. ]+$", "");
        return cleaned.isEmpty() ? "project" : cleaned;
    }

    private static File existing(File folder) {
        return folder != null && folder.isDirectory() ? folder : new File(System.getProperty("user.home"));
    }
}
