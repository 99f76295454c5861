package org.glose.ui.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glose.core.cases.AssignCase;
import org.glose.core.cases.AttributeRow;
import org.glose.core.cases.ImportAttributes;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeValue;
import org.glose.core.model.Document;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.Tx;
import org.glose.ui.edit.LabelledCommand;
import org.glose.ui.edit.WorkbenchSession;

/**
 * Cases and their attributes as a sheet: one row per case with its documents, one column per attribute, values
 * edited in place (each edit one undoable action). The shown document can be assigned to a case; a new
 * attribute becomes a new column.
 */
public final class CasesView {

    private record Sheet(List<CaseRow> rows, List<Attribute> attributes) {
    }

    private final WorkbenchSession session;
    private final Supplier<Window> owner;
    private final Supplier<Document> shownDocument;
    private final TableView<CaseRow> table = new TableView<>();
    private final AttributeImport importer;
    private final VBox root;
    private List<Attribute> shownAttributes = List.of();
    private long reloads;

    public CasesView(WorkbenchSession session, Supplier<Window> owner, Supplier<Document> shownDocument) {
        this.session = session;
        this.owner = owner;
        this.shownDocument = shownDocument;
        this.importer = new AttributeImport(session, owner);
        table.setId("cases-table");
        table.setEditable(true);
        Label placeholder = new Label("No cases yet: open a document, then “Assign document to case…”, or import "
                + "attributes from a table (Import attributes…).");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder");
        table.setPlaceholder(placeholder);
        Button assign = new Button("Assign document to case…");
        assign.setId("assign-case");
        assign.setTooltip(new Tooltip("Put the document shown in a case (a new case if the name is new)"));
        assign.setOnAction(e -> assignShownDocument());
        Button attribute = new Button("New attribute…");
        attribute.setId("new-attribute");
        attribute.setTooltip(new Tooltip("Add a column, such as age, role or site; fill it in the table"));
        attribute.setOnAction(e -> newAttribute());
        Button importing = new Button("Import attributes…");
        importing.setId("import-attributes");
        importing.setTooltip(new Tooltip("Read cases and attribute values from a CSV or spreadsheet file, previewed "
                + "first (columns case, attribute, value; or the case, then one column per attribute)"));
        importing.setOnAction(e -> importer.choose());
        FlowPane buttons = new FlowPane(6, 6, assign, attribute, importing);
        buttons.getStyleClass().add("cases-buttons");
        Label hint = new Label("Double-click a cell to edit it; Enter saves.");
        hint.getStyleClass().add("placeholder");
        hint.setWrapText(true);
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(6, buttons, table, hint);
        root.setId("cases-view");
        root.getStyleClass().add("cases-view");
        session.onChange(label -> reload());
        session.onProjectSwitch(this::reload);
    }

    public Node root() {
        return root;
    }

    public AttributeImport importer() {
        return importer;
    }

    public TableView<CaseRow> table() {
        return table;
    }

    public void reload() {
        long ticket = ++reloads;
        if (!session.hasProject()) {
            show(new Sheet(List.of(), List.of()));
            return;
        }
        session.read(CasesView::sheet, sheet -> {
            if (ticket == reloads) {
                show(sheet);
            }
        });
    }

    private static Sheet sheet(Tx tx) {
        Map<Long, String> documents = new HashMap<>();
        tx.documents().list().forEach(d -> documents.put(d.id(), d.name()));
        Map<Long, Map<Long, String>> values = new HashMap<>();
        for (AttributeValue v : tx.cases().values()) {
            values.computeIfAbsent(v.caseId(), k -> new HashMap<>()).put(v.attributeId(), v.value());
        }
        List<CaseRow> rows = new ArrayList<>();
        for (ProjectCase c : tx.cases().list()) {
            List<String> names = tx.cases().documentsOf(c.id()).stream().map(id -> documents.getOrDefault(id, "?"))
                    .sorted().toList();
            rows.add(new CaseRow(c, names, values.getOrDefault(c.id(), Map.of())));
        }
        return new Sheet(rows, tx.cases().attributes());
    }

    private void show(Sheet sheet) {
        if (!sheet.attributes().equals(shownAttributes) || table.getColumns().isEmpty()) {
            shownAttributes = sheet.attributes();
            List<TableColumn<CaseRow, ?>> columns = new ArrayList<>();
            TableColumn<CaseRow, String> name = new TableColumn<>("Case");
            name.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().projectCase().name()));
            name.setPrefWidth(110);
            name.setEditable(false);
            TableColumn<CaseRow, String> docs = new TableColumn<>("Documents");
            docs.setCellValueFactory(d -> new ReadOnlyStringWrapper(String.join(", ", d.getValue().documents())));
            docs.setPrefWidth(150);
            docs.setEditable(false);
            columns.add(name);
            columns.add(docs);
            for (Attribute a : sheet.attributes()) {
                columns.add(attributeColumn(a));
            }
            table.getColumns().setAll(columns);
        }
        table.getItems().setAll(sheet.rows());
    }

    private TableColumn<CaseRow, String> attributeColumn(Attribute a) {
        TableColumn<CaseRow, String> c = new TableColumn<>(a.name());
        c.setId("attribute-" + a.id());
        c.setPrefWidth(90);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().value(a.id())));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> setValue(e.getRowValue(), a, e.getNewValue()));
        return c;
    }

    /** Sets one attribute value of one case (blank clears it) as one undoable action. */
    public void setValue(CaseRow row, Attribute attribute, String value) {
        String v = value == null ? "" : value.strip();
        if (Objects.equals(row.value(attribute.id()), v)) {
            return;
        }
        String label = v.isEmpty() ? "Clear " + attribute.name() + " of “" + row.projectCase().name() + "”"
                : "Set " + attribute.name() + " of “" + row.projectCase().name() + "” to “" + v + "”";
        session.execute(new LabelledCommand<>(label, new ImportAttributes(List.of(new AttributeRow(1,
                row.projectCase().name(), attribute.name(), v)))), n -> { });
    }

    private void assignShownDocument() {
        Document d = shownDocument.get();
        if (d == null) {
            session.announce("Open a document first, then assign it to a case.");
            return;
        }
        CaseRow selected = table.getSelectionModel().getSelectedItem();
        ask("Assign to case", "Case of “" + d.name() + "” (a new name makes a new case):",
                selected == null ? "" : selected.projectCase().name()).ifPresent(name -> session.execute(
                new LabelledCommand<>("Assign “" + d.name() + "” to case “" + name + "”",
                        new AssignCase(name, d.id())), c -> { }));
    }

    private void newAttribute() {
        CaseRow selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            session.announce(table.getItems().isEmpty() ? "Make a case first (Assign document to case…)."
                    : "Select a case first: the new attribute starts empty on it.");
            return;
        }
        ask("New attribute", "Name of the attribute (age, role, site…):", "").ifPresent(name -> {
            if (shownAttributes.stream().anyMatch(a -> a.name().equalsIgnoreCase(name))) {
                session.announce("The attribute “" + name + "” is already a column.");
                return;
            }
            session.execute(new LabelledCommand<>("New attribute “" + name + "”", new ImportAttributes(List.of(
                    new AttributeRow(1, selected.projectCase().name(), name, "")))), n -> { });
        });
    }

    private java.util.Optional<String> ask(String title, String question, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(question);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
