package org.glose.ui.importing;

import static org.glose.ui.i18n.I18n.t;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.glose.core.project.OpenProject;
import org.glose.core.task.TaskRunner;
import org.glose.importer.spreadsheet.TableImportResult;

/** Shows a {@link TableImportPane} in its own window, modal to the main window, for one table file. */
public final class TableImportDialog {

    private TableImportDialog() {
    }

    /**
     * Opens the column choice for a spreadsheet or CSV file.
     *
     * @param onImported called on the FX thread after the import, e.g. to announce
     *                   {@code result.summary(file name)} and show {@code result.warnings()}
     */
    public static Stage show(Window owner, OpenProject project, Path file, TaskRunner runner,
                             Consumer<TableImportResult> onImported) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(t("tableImport.title", file.getFileName()));
        stage.setScene(new Scene(new TableImportPane(project, file, runner, onImported, stage::close), 620, 560));
        stage.show();
        return stage;
    }
}
