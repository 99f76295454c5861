package org.glose.ui.importing;

import static org.glose.ui.i18n.I18n.t;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.core.task.TaskRunner;
import org.glose.ui.work.PaneWork;
import org.glose.importer.spreadsheet.Table;
import org.glose.importer.spreadsheet.TableImportChoice;
import org.glose.importer.spreadsheet.TableImportChoice.Layout;
import org.glose.importer.spreadsheet.TableImportPlan;
import org.glose.importer.spreadsheet.TableImportResult;
import org.glose.importer.spreadsheet.TableImporter;
import org.glose.importer.spreadsheet.TableOptions;

/**
 * The column choice for a spreadsheet or CSV file (docs/import.md, "Tables"): the sheet, one document per row or
 * one for the whole column, the text column, and per row the name column, the case column and the attribute
 * columns. A preview says what the import will make or why it is refused; Import runs it as one action. Reading
 * the file, checking the choice and importing run through the task runner, off the FX thread.
 */
public final class TableImportPane extends BorderPane {

    /** The name column's first choice: names made of the file name and the row number. */
    private final String rowNumbers = t("tableImport.rowNumbers");
    /** The case column's first choice: no case. */
    private final String noCaseColumn = t("tableImport.noCase");

    private final OpenProject project;
    private final TaskRunner runner;
    private final Consumer<TableImportResult> onImported;
    private TableImporter.TableFile file;
    private Table table;
    private int checks;   // numbers the checks, so that only the latest one updates the preview
    private boolean filling;   // true while the controls are being filled: their changes are not choices

    final Label title = new Label();
    final ChoiceBox<String> sheet = new ChoiceBox<>();
    final RadioButton perRow = new RadioButton(t("tableImport.perRow"));
    final RadioButton perColumn = new RadioButton(t("tableImport.perColumn"));
    final ChoiceBox<String> textColumn = new ChoiceBox<>();
    final ChoiceBox<String> nameColumn = new ChoiceBox<>();
    final ChoiceBox<String> caseColumn = new ChoiceBox<>();
    final VBox attributes = new VBox(4);
    final Label preview = new Label();
    final Button importButton = new Button(t("tableImport.import"));
    final Button cancel = new Button(t("tableImport.cancel"));

    /**
     * @param onImported called on the FX thread once the table is imported
     * @param onClose    called on the FX thread when the user cancels (and after a successful import)
     */
    public TableImportPane(OpenProject project, Path path, TaskRunner runner, Consumer<TableImportResult> onImported,
                           Runnable onClose) {
        this.project = project;
        this.runner = runner;
        this.onImported = onImported;
        title.setText(t("tableImport.heading", path.getFileName()));
        title.setId("table-import-title");
        preview.setId("table-import-preview");
        preview.setWrapText(true);
        importButton.setId("table-import-run");
        importButton.setDefaultButton(true);
        importButton.setDisable(true);
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onClose.run());
        ToggleGroup layout = new ToggleGroup();
        perRow.setToggleGroup(layout);
        perColumn.setToggleGroup(layout);
        perRow.setSelected(true);
        layout.selectedToggleProperty().addListener((o, was, is) -> choiceChanged());
        for (ChoiceBox<String> box : List.of(textColumn, nameColumn, caseColumn)) {
            box.valueProperty().addListener((o, was, is) -> choiceChanged());
        }
        sheet.valueProperty().addListener((o, was, is) -> {
            if (is != null && table != null && !is.equals(table.sheet())) {
                load(path, is);
            }
        });
        importButton.setOnAction(e -> runImport(onClose));
        setCenter(form());
        load(path, null);
    }

    private VBox form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(t("tableImport.sheet")), sheet);
        grid.addRow(1, new Label(t("tableImport.text")), textColumn);
        grid.addRow(2, new Label(t("tableImport.names")), nameColumn);
        grid.addRow(3, new Label(t("tableImport.case")), caseColumn);
        ScrollPane attributeList = new ScrollPane(attributes);
        attributeList.setPrefViewportHeight(120);
        attributeList.setFitToWidth(true);
        HBox buttons = new HBox(8, cancel, importButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox form = new VBox(10, title, new VBox(4, perRow, perColumn), grid,
                new Label(t("tableImport.attributes")), attributeList, preview, buttons);
        form.setPadding(new Insets(12));
        return form;
    }

    /** Reads the file (or another sheet of it) off the FX thread, then offers its columns. */
    private void load(Path path, String wantedSheet) {
        importButton.setDisable(true);
        preview.setText(t("tableImport.readingNow", path.getFileName()));
        submit(t("tableImport.reading", path.getFileName()), () -> {
            TableImporter.TableFile opened = file != null ? file : TableImporter.open(path);
            return new Loaded(opened, opened.sheets(), opened.table(new TableOptions(wantedSheet, null, null)));
        }, this::show);
    }

    private record Loaded(TableImporter.TableFile file, List<String> sheets, Table table) {
    }

    private void show(Loaded loaded) {
        file = loaded.file();
        table = loaded.table();
        sheet.getItems().setAll(loaded.sheets());
        sheet.setValue(table.sheet());
        sheet.setDisable(loaded.sheets().size() < 2);
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            columns.add(label(c));
        }
        filling = true;
        textColumn.getItems().setAll(columns);
        nameColumn.getItems().setAll(prepend(rowNumbers, columns));
        caseColumn.getItems().setAll(prepend(noCaseColumn, columns));
        textColumn.setValue(columns.isEmpty() ? null : columns.get(longestColumn()));
        nameColumn.setValue(rowNumbers);
        caseColumn.setValue(noCaseColumn);
        attributes.getChildren().clear();
        for (String column : columns) {
            CheckBox box = new CheckBox(column);
            box.selectedProperty().addListener((o, was, is) -> choiceChanged());
            attributes.getChildren().add(box);
        }
        filling = false;
        choiceChanged();
    }

    /** "C — Pourquoi partagez-vous vos données ?" */
    private String label(int column) {
        return Table.letter(column) + " \u2014 " + table.headers().get(column);
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    /** The column with the most text: the likeliest answers, a good first guess for the text column. */
    private int longestColumn() {
        int best = 0;
        long bestLength = -1;
        for (int c = 0; c < table.columnCount(); c++) {
            int column = c;
            long length = table.rows().stream().mapToLong(row -> row.cell(column).length()).sum();
            if (length > bestLength) {
                best = c;
                bestLength = length;
            }
        }
        return best;
    }

    /** The user's choice as the importer takes it; columns are passed by their (unique) headers. */
    TableImportChoice choice() {
        boolean rows = perRow.isSelected();
        List<String> chosen = new ArrayList<>();
        attributes.getChildren().forEach(node -> {
            CheckBox box = (CheckBox) node;
            if (rows && box.isSelected()) {
                chosen.add(header(box.getText()));
            }
        });
        String name = rows && !rowNumbers.equals(nameColumn.getValue()) ? header(nameColumn.getValue()) : null;
        String caseName = rows && !noCaseColumn.equals(caseColumn.getValue()) ? header(caseColumn.getValue()) : null;
        return new TableImportChoice(rows ? Layout.DOCUMENT_PER_ROW : Layout.DOCUMENT_PER_COLUMN,
                header(textColumn.getValue()), name, caseName, chosen);
    }

    private String header(String label) {
        return label == null ? null : table.headers().get(textColumn.getItems().indexOf(label));   // same labels
    }

    /** Checks the new choice off the FX thread and shows what it would import, or why it cannot. */
    private void choiceChanged() {
        boolean rows = perRow.isSelected();
        nameColumn.setDisable(!rows);
        caseColumn.setDisable(!rows);
        attributes.setDisable(!rows);
        if (filling || table == null || textColumn.getValue() == null) {
            return;
        }
        int check = ++checks;
        TableImportChoice choice = choice();
        importButton.setDisable(true);
        submit(t("tableImport.checking"), () -> new TableImporter(project).plan(file, table, choice), plan -> {
            if (check == checks) {
                preview.setText(describe(plan));
                importButton.setDisable(false);
            }
        });
    }

    static String describe(TableImportPlan plan) {
        StringBuilder text = new StringBuilder(t("tableImport.plan.documents", plan.documents().size()));
        if (plan.cases() > 0) {
            text.append(t("tableImport.plan.cases", plan.cases(), plan.attributes().size()));
        }
        if (plan.skippedRows() > 0) {
            text.append(t("tableImport.plan.skipped", plan.skippedRows()));
        }
        text.append('.');
        plan.warnings().forEach(warning -> text.append(' ').append(warning));
        return text.toString();
    }

    private void runImport(Runnable onClose) {
        importButton.setDisable(true);
        TableImportChoice choice = choice();
        preview.setText(t("tableImport.importingNow"));
        submit(t("tableImport.importing", file.name()), () -> new TableImporter(project).importTable(file, table, choice,
                Progress.NONE, new Cancellation()), result -> {
                    onImported.accept(result);
                    onClose.run();
                });
    }

    /** Runs work through the runner; its result, or (for the latest check) its failure's sentence, on the FX thread. */
    private <T> void submit(String work, Callable<T> body, Consumer<T> onResult) {
        int check = checks;
        new PaneWork(runner, failure -> {
            if (check == checks) {
                preview.setText(failure.getMessage() == null ? t("tableImport.failed") : failure.getMessage());
                importButton.setDisable(true);
            }
        }).run(work, body, onResult);
    }
}
