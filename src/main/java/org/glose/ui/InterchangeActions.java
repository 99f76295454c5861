package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

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



    private final ProjectSession session;
    private final Dialogs dialogs;
    private final FileChoices files;

    InterchangeActions(ProjectSession session, Dialogs dialogs, FileChoices files) {
        this.session = session;
        this.dialogs = dialogs;
        this.files = files;
    }

    void importQdpx() {
        files.open(t("exchange.importQdpx.title"), qdpx()).ifPresent(file -> session.runner().run(
                PaneWork.task(t("exchange.reading", file.getFileName()), () -> QdpxImport.preview(file)),
                report -> confirmImport(file, report)));
    }

    /** Shows what the import brings and leaves out; only then asks where the new project goes. */
    private void confirmImport(Path file, LossReport report) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, String.join("\n", report.lines(true)),
                ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(dialogs.owner());
        alert.setTitle(t("exchange.importQdpx.confirmTitle", file.getFileName()));
        alert.setHeaderText(t("exchange.importQdpx.confirm", file.getFileName()));
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> files.folder(
                t("exchange.importQdpx.where")).ifPresent(parent -> importQdpx(file,
                parent.resolve(ProjectActions.folderName(baseName(file))))));
    }

    /** Creates {@code target} from {@code file} (all or nothing), shows what was left out, and opens it. */
    void importQdpx(Path file, Path target) {
        QdpxImport importer = new QdpxImport((folder, name) -> new OpenProject(H2ProjectStore.create(folder, name)));
        session.runner().runVisible(importer.task(file, target), report -> {
            session.open(target);
            dialogs.info(t("exchange.importQdpx.done", file.getFileName(), target.getFileName()),
                    String.join("\n", report.lines(false)));
        });
    }

    void exportQdpx() {
        OpenProject project = session.project();
        if (project == null) {
            return;
        }
        files.save(t("exchange.exportQdpx.title"), ProjectActions.folderName(project.name()) + ".qdpx", qdpx())
                .ifPresent(this::exportQdpx);
    }

    void exportQdpx(Path out) {
        session.runLong(t("exchange.exporting", out.getFileName()), (project, progress, cancel) ->
                new QdpxExport(Clock.systemUTC()).export(project, out, progress, cancel), documents ->
                exported(t("exchange.exportQdpx.done", documents, out), out));
    }

    void exportCodebook() {
        OpenProject project = session.project();
        if (project == null) {
            return;
        }
        files.save(t("exchange.exportCodebook.title"), ProjectActions.folderName(project.name()) + "-codebook.qdc",
                new FileChooser.ExtensionFilter(t("exchange.filter.qdc"), "*.qdc"),
                new FileChooser.ExtensionFilter(t("exchange.filter.csv"), "*.csv"),
                new FileChooser.ExtensionFilter(t("exchange.filter.markdown"), "*.md")).ifPresent(this::exportCodebook);
    }

    /** The format follows the file's extension: .qdc, .csv or .md. */
    void exportCodebook(Path out) {
        String name = out.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        session.runLong(t("exchange.exportCodebook.running"), (project, progress, cancel) -> CodebookExport.write(project,
                CodebookExport.Format.parse(extension.toLowerCase(Locale.ROOT)), out), codes ->
                exported(t("exchange.exportCodebook.done", codes, out), out));
    }

    private void exported(String sentence, Path out) {
        OpenProject project = session.project();
        if (project != null && project.isEncrypted()) {
            dialogs.info(t("exchange.inClear.title"), sentence + "\n" + t("exchange.inClear", out.getFileName()));
        }
        session.announce(sentence);
    }

    private static FileChooser.ExtensionFilter qdpx() {
        return new FileChooser.ExtensionFilter(t("exchange.filter.qdpx"), "*.qdpx");
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }
}
