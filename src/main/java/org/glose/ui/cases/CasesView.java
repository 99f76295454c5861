package org.glose.ui.cases;

import static org.glose.ui.i18n.I18n.t;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glose.core.cases.AssignCase;
import org.glose.core.cases.AttributeValues;
import org.glose.core.cases.ChangeAttributeType;
import org.glose.core.cases.CreateAttribute;
import org.glose.core.cases.SetAttributeValue;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeValue;
import org.glose.core.model.Document;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;
import org.glose.ui.edit.LabelledCommand;
import org.glose.ui.edit.WorkbenchSession;

/**
 * Cases and their attributes as a sheet: one row per case with its documents, one column per attribute, values
 * edited in place with an editor for the attribute's type (a text field, a number field, a date picker, a choice
 * list), each edit one undoable action; a value that does not fit the type is refused with one sentence and
 * nothing changes. The shown document can be assigned to a case; a new attribute, with its type, becomes a new
 * column; an attribute's type can be changed (every value is checked first).
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
        Label placeholder = new Label(t("cases.placeholder"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder");
        table.setPlaceholder(placeholder);
        Button assign = new Button(t("cases.assign"));
        assign.setId("assign-case");
        assign.setTooltip(new Tooltip(t("cases.assign.tooltip")));
        assign.setOnAction(e -> assignShownDocument());
        Button attribute = new Button(t("cases.newAttribute"));
        attribute.setId("new-attribute");
        attribute.setTooltip(new Tooltip(t("cases.newAttribute.tooltip")));
        attribute.setOnAction(e -> newAttribute());
        Button type = new Button(t("cases.changeType"));
        type.setId("change-attribute-type");
        type.setTooltip(new Tooltip(t("cases.changeType.tooltip")));
        type.setOnAction(e -> changeType(null));
        Button importing = new Button(t("cases.importAttributes"));
        importing.setId("import-attributes");
        importing.setTooltip(new Tooltip(t("cases.importAttributes.tooltip")));
        importing.setOnAction(e -> importer.choose());
        FlowPane buttons = new FlowPane(6, 6, assign, attribute, type, importing);
        buttons.getStyleClass().add("cases-buttons");
        Label hint = new Label(t("cases.hint"));
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
            TableColumn<CaseRow, String> name = new TableColumn<>(t("cases.column.case"));
            name.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().projectCase().name()));
            name.setPrefWidth(110);
            name.setEditable(false);
            TableColumn<CaseRow, String> docs = new TableColumn<>(t("cases.column.documents"));
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
        switch (a.type()) {
            case NUMBER -> {
                c.setCellFactory(TextFieldTableCell.forTableColumn());
                c.setStyle("-fx-alignment: CENTER-RIGHT;");
            }
            case DATE -> c.setCellFactory(col -> new DateValueCell(a, session::announce));   // stays in edition
            case CHOICE -> {
                List<String> items = new ArrayList<>();
                items.add("");
                items.addAll(a.choices());
                c.setCellFactory(ChoiceBoxTableCell.forTableColumn(new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(String v) {
                        return v == null || v.isEmpty() ? t("cases.choice.none") : v;
                    }

                    @Override
                    public String fromString(String s) {
                        return s;
                    }
                }, FXCollections.observableArrayList(items)));
            }
            default -> c.setCellFactory(TextFieldTableCell.forTableColumn());
        }
        c.setOnEditCommit(e -> setValue(e.getRowValue(), a, e.getNewValue()));
        MenuItem changeType = new MenuItem(t("cases.column.changeType"));
        changeType.setOnAction(e -> changeType(a));
        c.setContextMenu(new ContextMenu(changeType));
        return c;
    }

    /**
     * Sets one attribute value of one case (blank clears it) as one undoable action; a value that does not fit the
     * attribute's type is refused with one sentence in the status bar and nothing changes.
     */
    public void setValue(CaseRow row, Attribute attribute, String value) {
        String stored;
        try {
            stored = AttributeValues.valid(attribute, value);
        } catch (InvalidInputException e) {
            refuse(e.getMessage());
            return;
        }
        String v = stored == null ? "" : stored;
        if (Objects.equals(row.value(attribute.id()), v)) {
            table.refresh();
            return;
        }
        String name = row.projectCase().name();
        String label = v.isEmpty() ? t("cases.value.clear", attribute.name(), name)
                : t("cases.value.set", attribute.name(), name, v);
        session.execute(new LabelledCommand<>(label, new SetAttributeValue(name, attribute.name(), v)), n -> { });
    }

    private void refuse(String sentence) {
        session.announce(sentence);
        table.refresh();
    }

    private void assignShownDocument() {
        Document d = shownDocument.get();
        if (d == null) {
            session.announce(t("cases.assign.openFirst"));
            return;
        }
        CaseRow selected = table.getSelectionModel().getSelectedItem();
        ask(t("cases.assign.title"), t("cases.assign.question", d.name()),
                selected == null ? "" : selected.projectCase().name()).ifPresent(name -> session.execute(
                new LabelledCommand<>(t("cases.assign.label", d.name(), name), new AssignCase(name, d.id())),
                c -> { }));
    }

    private void newAttribute() {
        AttributeDialog.newAttribute(owner.get()).ifPresent(answer -> {
            if (shownAttributes.stream().anyMatch(a -> a.name().equalsIgnoreCase(answer.name()))) {
                session.announce(t("cases.newAttribute.exists", answer.name()));
                return;
            }
            session.execute(new LabelledCommand<>(t("cases.newAttribute.label", answer.name()),
                    new CreateAttribute(answer.name(), answer.type(), answer.choices())), a -> { });
        });
    }

    /** Asks for an attribute's new type (and choices), then changes it; {@code chosen} is preselected. */
    private void changeType(Attribute chosen) {
        if (shownAttributes.isEmpty()) {
            session.announce(t("cases.changeType.none"));
            return;
        }
        AttributeDialog.changeType(owner.get(), shownAttributes, chosen).ifPresent(answer -> session.execute(
                new LabelledCommand<>(t("cases.changeType.label", answer.name(), TypeNames.name(answer.type())),
                        new ChangeAttributeType(answer.name(), answer.type(), answer.choices())), a -> { }));
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
