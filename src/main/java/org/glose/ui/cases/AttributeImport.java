package org.glose.ui.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.glose.core.cases.AttributeRow;
import org.glose.core.cases.AttributeSheet;
import org.glose.core.cases.ImportAttributes;
import org.glose.importer.UnreadableDocumentException;
import org.glose.importer.spreadsheet.Table;
import org.glose.importer.spreadsheet.TableOptions;
import org.glose.importer.spreadsheet.TableReaders;
import org.glose.ui.edit.LabelledCommand;
import org.glose.ui.edit.WorkbenchSession;

/**
 * Case attributes imported from a CSV or spreadsheet file: read off the FX thread, previewed (every value, and
 * every bad row named), then saved as one undoable action. A file with a bad row imports nothing.
 */
public final class AttributeImport {

    /** What reading the file gave: a plan to preview, or the one sentence saying why it cannot be read. */
    private record Reading(AttributeSheet.Plan plan, String refusal) {
    }

    private final WorkbenchSession session;
    private final Supplier<Window> owner;

    public AttributeImport(WorkbenchSession session, Supplier<Window> owner) {
        this.session = session;
        this.owner = owner;
    }

    /** Asks for the file, then {@link #load}s it. */
    public void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import attributes");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Tables (CSV, XLSX, XLS, ODS)",
                TableReaders.extensions().stream().map(e -> "*." + e).toList()));
        var file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            load(file.toPath());
        }
    }

    public void load(Path file) {
        String name = file.getFileName().toString();
        session.runLong("Reading " + name, (p, progress, cancel) -> read(file), reading -> {
            if (reading.refusal() != null) {
                refuse(reading.refusal());
            } else {
                preview(name, reading.plan());
            }
        });
    }

    private static Reading read(Path file) {
        String name = file.getFileName().toString();
        var reader = TableReaders.forFile(name);
        if (reader.isEmpty()) {
            return new Reading(null, name + " is not a table: Glose reads attributes from "
                    + String.join(", ", TableReaders.extensions()).toUpperCase(java.util.Locale.ROOT) + " files.");
        }
        try {
            Table table = reader.get().read(Files.readAllBytes(file), TableOptions.DEFAULT);
            List<AttributeSheet.Line> lines = table.rows().stream()
                    .map(r -> new AttributeSheet.Line(r.number(), r.cells())).toList();
            return new Reading(AttributeSheet.plan(table.headers(), lines), null);
        } catch (UnreadableDocumentException e) {
            return new Reading(null, name + " cannot be read: " + e.getMessage() + ".");
        } catch (IOException e) {
            return new Reading(null, name + " cannot be read: " + e.getMessage() + ".");
        }
    }

    private void refuse(String sentence) {
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle("Import attributes");
        alert.setHeaderText("Nothing was imported.");
        alert.show();
    }

    private void preview(String name, AttributeSheet.Plan plan) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle("Import attributes from " + name);
        long cases = plan.rows().stream().map(AttributeRow::caseName).distinct().count();
        dialog.setHeaderText(plan.problems().isEmpty()
                ? plan.rows().size() + " values for " + cases + (cases == 1 ? " case" : " cases") + " ("
                + (plan.wide() ? "one case per row" : "case, attribute, value") + "). New cases and attributes "
                + "are created; existing values are replaced."
                : plan.problems().size() + (plan.problems().size() == 1 ? " row cannot" : " rows cannot")
                + " be imported: correct the file, then import it again. Nothing is imported meanwhile.");
        VBox content = new VBox(8);
        if (!plan.problems().isEmpty()) {
            ListView<String> problems = new ListView<>();
            problems.setId("attribute-import-problems");
            problems.getItems().setAll(plan.problems());
            problems.setPrefHeight(Math.min(160, 26 * plan.problems().size() + 4));
            content.getChildren().add(problems);
        }
        if (!plan.rows().isEmpty()) {
            content.getChildren().addAll(new Label("Values read:"), valuesTable(plan.rows()));
        }
        dialog.getDialogPane().setContent(content);
        ButtonType importing = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importing, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(importing).setDisable(!plan.canImport());
        dialog.getDialogPane().setId("attribute-import");
        dialog.setResizable(true);
        dialog.showAndWait().filter(b -> b == importing).ifPresent(b -> session.execute(
                new LabelledCommand<>("Import attributes from " + name, new ImportAttributes(plan.rows())),
                n -> session.announce("Imported " + n + (n == 1 ? " attribute value" : " attribute values")
                        + " from " + name + ".")));
    }

    private static TableView<AttributeRow> valuesTable(List<AttributeRow> rows) {
        TableView<AttributeRow> table = new TableView<>();
        table.setId("attribute-import-values");
        table.getColumns().add(column("Row", r -> Long.toString(r.line())));
        table.getColumns().add(column("Case", AttributeRow::caseName));
        table.getColumns().add(column("Attribute", AttributeRow::attribute));
        table.getColumns().add(column("Value", r -> r.value() == null || r.value().isBlank() ? "(cleared)"
                : r.value()));
        table.getItems().setAll(rows);
        table.setPrefSize(460, 260);
        return table;
    }

    private static TableColumn<AttributeRow, String> column(String title,
                                                            java.util.function.Function<AttributeRow, String> text) {
        TableColumn<AttributeRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        return c;
    }
}
