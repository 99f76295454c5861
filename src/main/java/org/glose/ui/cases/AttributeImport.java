package org.glose.ui.cases;

import static org.glose.ui.i18n.I18n.t;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.glose.core.model.AttributeType;
import org.glose.importer.UnreadableDocumentException;
import org.glose.importer.spreadsheet.Table;
import org.glose.importer.spreadsheet.TableOptions;
import org.glose.importer.spreadsheet.TableReaders;
import org.glose.ui.edit.LabelledCommand;
import org.glose.ui.edit.WorkbenchSession;

/**
 * Case attributes imported from a CSV or spreadsheet file: read off the FX thread, checked against the project
 * (a value that does not fit its attribute's type is a bad row), previewed (every value, every bad row named, and
 * the type of each new attribute that is not text), then saved as one undoable action. A file with a bad row
 * imports nothing.
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
        chooser.setTitle(t("cases.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t("cases.import.files"),
                TableReaders.extensions().stream().map(e -> "*." + e).toList()));
        var file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            load(file.toPath());
        }
    }

    public void load(Path file) {
        String name = file.getFileName().toString();
        session.runLong(t("cases.import.reading", name), (p, progress, cancel) -> read(file), reading -> {
            if (reading.refusal() != null) {
                refuse(reading.refusal());
            } else if (!reading.plan().canImport()) {
                preview(name, reading.plan(), null);
            } else {
                ImportAttributes importing = new ImportAttributes(reading.plan().rows());
                session.read(importing::review, review -> preview(name, reading.plan(), review));
            }
        });
    }

    private static Reading read(Path file) {
        String name = file.getFileName().toString();
        var reader = TableReaders.forFile(name);
        if (reader.isEmpty()) {
            return new Reading(null, t("cases.import.notTable", name,
                    String.join(", ", TableReaders.extensions()).toUpperCase(java.util.Locale.ROOT)));
        }
        try {
            Table table = reader.get().read(Files.readAllBytes(file), TableOptions.DEFAULT);
            List<AttributeSheet.Line> lines = table.rows().stream()
                    .map(r -> new AttributeSheet.Line(r.number(), r.cells())).toList();
            return new Reading(AttributeSheet.plan(table.headers(), lines), null);
        } catch (UnreadableDocumentException e) {
            return new Reading(null, t("cases.import.unreadable", name, e.getMessage()));
        } catch (IOException e) {
            return new Reading(null, t("cases.import.unreadable", name, e.getMessage()));
        }
    }

    private void refuse(String sentence) {
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(t("cases.import.title"));
        alert.setHeaderText(t("cases.import.nothing"));
        alert.show();
    }

    /** The preview; {@code review} is null when the file itself has bad rows (nothing was checked further). */
    private void preview(String name, AttributeSheet.Plan plan, ImportAttributes.Review review) {
        List<String> problems = new ArrayList<>(plan.problems());
        List<String> typed = new ArrayList<>();
        if (review != null) {
            problems.addAll(review.problems());
            review.newAttributes().forEach((attribute, type) -> {
                if (type == AttributeType.NUMBER) {
                    typed.add(t("cases.import.newNumber", attribute));
                } else if (type == AttributeType.DATE) {
                    typed.add(t("cases.import.newDate", attribute));
                }
            });
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(t("cases.import.titleFrom", name));
        long cases = plan.rows().stream().map(AttributeRow::caseName).distinct().count();
        String layout = plan.wide() ? t("cases.import.layout.wide") : t("cases.import.layout.long");
        dialog.setHeaderText(problems.isEmpty()
                ? (cases == 1 ? t("cases.import.summary.one", plan.rows().size(), layout)
                : t("cases.import.summary.many", plan.rows().size(), cases, layout))
                : problems.size() == 1 ? t("cases.import.problems.one")
                : t("cases.import.problems.many", problems.size()));
        VBox content = new VBox(8);
        if (!problems.isEmpty()) {
            ListView<String> list = new ListView<>();
            list.setId("attribute-import-problems");
            list.getItems().setAll(problems);
            list.setPrefHeight(Math.min(160, 26 * problems.size() + 4));
            content.getChildren().add(list);
        } else if (!typed.isEmpty()) {
            Label types = new Label(String.join("\n", typed));
            types.setId("attribute-import-types");
            types.setWrapText(true);
            content.getChildren().add(types);
        }
        if (!plan.rows().isEmpty()) {
            content.getChildren().addAll(new Label(t("cases.import.valuesRead")), valuesTable(plan.rows()));
        }
        dialog.getDialogPane().setContent(content);
        ButtonType importing = new ButtonType(t("cases.import.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importing, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(importing).setDisable(!plan.canImport() || !problems.isEmpty());
        dialog.getDialogPane().setId("attribute-import");
        dialog.setResizable(true);
        dialog.showAndWait().filter(b -> b == importing).ifPresent(b -> session.execute(
                new LabelledCommand<>(t("cases.import.titleFrom", name), new ImportAttributes(plan.rows())),
                n -> session.announce(n == 1 ? t("cases.import.done.one", name)
                        : t("cases.import.done.many", n, name))));
    }

    private static TableView<AttributeRow> valuesTable(List<AttributeRow> rows) {
        TableView<AttributeRow> table = new TableView<>();
        table.setId("attribute-import-values");
        table.getColumns().add(column(t("cases.import.column.row"), r -> Long.toString(r.line())));
        table.getColumns().add(column(t("cases.import.column.case"), AttributeRow::caseName));
        table.getColumns().add(column(t("cases.import.column.attribute"), AttributeRow::attribute));
        table.getColumns().add(column(t("cases.import.column.value"), r -> r.value() == null || r.value().isBlank()
                ? t("cases.import.cleared")
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
