package org.glose.ui.merge;

import static org.glose.ui.i18n.I18n.t;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.glose.core.merge.MergePlan;
import org.glose.core.merge.MergeProject;
import org.glose.core.merge.MergeSource;
import org.glose.core.merge.MergeSources;
import org.glose.core.merge.MergeSummary;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.core.task.TaskRunner;
import org.glose.ui.work.PaneWork;
import org.glose.interchange.refi.QdpxImport;
import org.glose.store.H2ProjectStore;

/**
 * Merging a colleague's copy (docs/agreement.md): choose a project folder or a .qdpx export, see what would be
 * added and every conflict with how it is resolved, then merge as one undoable action. The other project is
 * only read. All project work runs through the task runner, off the FX thread.
 */
public final class MergePane extends BorderPane {

    private final OpenProject project;
    private final TaskRunner runner;
    final TextField from = new TextField();
    final Button chooseFolder = new Button(t("merge.chooseFolder"));
    final Button chooseFile = new Button(t("merge.chooseFile"));
    final Button preview = new Button(t("merge.preview"));
    final Button merge = new Button(t("merge.apply"));
    final ListView<String> summary = new ListView<>();
    final Label status = new Label();
    private MergeSource source;

    public MergePane(OpenProject project, TaskRunner runner) {
        this.project = project;
        this.runner = runner;
        setId("merge-pane");
        setPadding(new Insets(6));
        from.setId("merge-from");
        from.setPromptText(t("merge.from.prompt"));
        from.textProperty().addListener((o, a, b) -> forget());
        HBox.setHgrow(from, Priority.ALWAYS);
        chooseFolder.setId("merge-choose-folder");
        chooseFolder.setOnAction(e -> chooseFolder());
        chooseFile.setId("merge-choose-file");
        chooseFile.setOnAction(e -> chooseFile());
        preview.setId("merge-preview");
        preview.setOnAction(e -> preview());
        merge.setId("merge-apply");
        merge.setDisable(true);
        merge.setOnAction(e -> merge());
        summary.setId("merge-summary");
        summary.setPlaceholder(new Label(t("merge.summary.empty")));
        status.setId("merge-status");
        HBox row = new HBox(6, new Label(t("merge.from")), from, chooseFolder, chooseFile, preview);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox bottom = new HBox(6, merge, status);
        bottom.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(4, row));
        setCenter(summary);
        setBottom(bottom);
        BorderPane.setMargin(summary, new Insets(6, 0, 6, 0));
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(t("merge.chooseFolder.title"));
        java.io.File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (dir != null) {
            from.setText(dir.getPath());
            preview();
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t("merge.chooseFile.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t("merge.chooseFile.filter"), "*.qdpx"));
        java.io.File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            from.setText(file.getPath());
            preview();
        }
    }

    /** Reads the other project and shows what merging it would do; changes nothing. */
    public void preview() {
        String text = from.getText() == null ? "" : from.getText().strip();
        if (text.isEmpty()) {
            showError(new InvalidInputException(t("merge.noSource")));
            return;
        }
        Path other = Path.of(text);
        status.pseudoClassStateChanged(PaneWork.ERROR, false);
        status.setText(t("merge.reading", other.getFileName()));
        background(t("merge.task.read"), () -> {
            MergeSource read = MergeSources.read(other, project.location(), MergePane::openReadOnly,
                    MergePane::importQdpx);
            MergePlan plan = project.read(tx -> MergePlan.of(tx, read));
            return new Preview(read, plan);
        }, p -> {
            source = p.source();
            summary.getItems().setAll(MergeSummary.lines(p.plan(), false));
            merge.setDisable(p.plan().addsNothing());
            status.setText(p.plan().addsNothing() ? "" : t("merge.previewed"));
        });
    }

    private record Preview(MergeSource source, MergePlan plan) {
    }

    /** Merges what the last preview read; one action, one undo. */
    public void merge() {
        MergeSource chosen = source;
        if (chosen == null) {
            return;
        }
        merge.setDisable(true);
        MergeProject command = new MergeProject(chosen);
        background(command.label(), () -> project.execute(command), plan -> {
            summary.getItems().setAll(MergeSummary.lines(plan, true));
            status.pseudoClassStateChanged(PaneWork.ERROR, false);
            status.setText(t("merge.merged", chosen.name()));
            source = null;
        });
    }

    private void forget() {
        source = null;
        merge.setDisable(true);
    }

    static OpenProject openReadOnly(Path folder) {
        return new OpenProject(H2ProjectStore.openReadOnly(folder, null));
    }

    static void importQdpx(Path file, Path target) {
        new QdpxImport((f, n) -> new OpenProject(H2ProjectStore.create(f, n)))
                .importAs(file, target, Progress.NONE, new Cancellation());
    }

    private <T> void background(String title, Callable<T> work, Consumer<T> done) {
        PaneWork.reportingOn(runner, status).run(title, work, done);
    }

    private void showError(Throwable error) {
        PaneWork.showError(status, error);
    }
}
