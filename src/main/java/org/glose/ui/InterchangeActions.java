package org.glose.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import org.glose.core.project.OpenProject;
import org.glose.interchange.codebook.CodebookExport;
import org.glose.interchange.refi.LossReport;
import org.glose.interchange.refi.QdpxExport;
import org.glose.interchange.refi.QdpxImport;
import org.glose.store.H2ProjectStore;
import org.glose.ui.work.PaneWork;

/**
 * REFI-QDA and codebook exchange (issue 8): import a .qdpx as a new project after reading its loss report, export
 * the project as .qdpx, export the codebook as QDC, CSV or Markdown. Files are read and written off the FX
 * thread; an export of an encrypted project says that the file is not encrypted.
 */
final class InterchangeActions {

    private static final FileChooser.ExtensionFilter QDPX = new FileChooser.ExtensionFilter(
            "REFI-QDA project (*.qdpx)", "*.qdpx");

    private final ProjectSession session;
    private final Dialogs dialogs;
    private final FileChoices files;

    InterchangeActions(ProjectSession session, Dialogs dialogs, FileChoices files) {
        this.session = session;
        this.dialogs = dialogs;
        this.files = files;
    }

    void importQdpx() {
        files.open("Import a REFI-QDA project", QDPX).ifPresent(file -> session.runner().run(
                PaneWork.task("Reading " + file.getFileName(), () -> QdpxImport.preview(file)),
                report -> confirmImport(file, report)));
    }

    /** Shows what the import brings and leaves out; only then asks where the new project goes. */
    private void confirmImport(Path file, LossReport report) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, String.join("\n", report.lines(true)),
                ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(dialogs.owner());
        alert.setTitle("Import " + file.getFileName());
        alert.setHeaderText("Import “" + file.getFileName() + "” as a new project?");
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> files.folder(
                "Where to create the new project's folder").ifPresent(parent -> importQdpx(file,
                parent.resolve(ProjectActions.folderName(baseName(file))))));
    }

    /** Creates {@code target} from {@code file} (all or nothing), shows what was left out, and opens it. */
    void importQdpx(Path file, Path target) {
        QdpxImport importer = new QdpxImport((folder, name) -> new OpenProject(H2ProjectStore.create(folder, name)));
        session.runner().runVisible(importer.task(file, target), report -> {
            session.open(target);
            dialogs.info("Imported " + file.getFileName() + " into " + target.getFileName(),
                    String.join("\n", report.lines(false)));
        });
    }

    void exportQdpx() {
        OpenProject project = session.project();
        if (project == null) {
            return;
        }
        files.save("Export the project as REFI-QDA", ProjectActions.folderName(project.name()) + ".qdpx", QDPX)
                .ifPresent(this::exportQdpx);
    }

    void exportQdpx(Path out) {
        session.runLong("Exporting " + out.getFileName(), (project, progress, cancel) ->
                new QdpxExport(Clock.systemUTC()).export(project, out, progress, cancel), documents ->
                exported("Exported the project (" + documents + " documents) to " + out + ".", out));
    }

    void exportCodebook() {
        OpenProject project = session.project();
        if (project == null) {
            return;
        }
        files.save("Export the codebook", ProjectActions.folderName(project.name()) + "-codebook.qdc",
                new FileChooser.ExtensionFilter("REFI-QDA codebook (*.qdc)", "*.qdc"),
                new FileChooser.ExtensionFilter("CSV, one row per code (*.csv)", "*.csv"),
                new FileChooser.ExtensionFilter("Markdown (*.md)", "*.md")).ifPresent(this::exportCodebook);
    }

    /** The format follows the file's extension: .qdc, .csv or .md. */
    void exportCodebook(Path out) {
        String name = out.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        session.runLong("Exporting the codebook", (project, progress, cancel) -> CodebookExport.write(project,
                CodebookExport.Format.parse(extension.toLowerCase(Locale.ROOT)), out), codes ->
                exported("Exported " + codes + " codes to " + out + ".", out));
    }

    private void exported(String sentence, Path out) {
        OpenProject project = session.project();
        if (project != null && project.isEncrypted()) {
            dialogs.info("Exported in clear", sentence + "\nThe project is encrypted, but " + out.getFileName()
                    + " is not: it can be read without the password.");
        }
        session.announce(sentence);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }
}
