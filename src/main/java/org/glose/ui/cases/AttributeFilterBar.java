package org.glose.ui.cases;

import static org.glose.ui.i18n.I18n.t;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.glose.core.cases.AttributeCondition;
import org.glose.core.cases.AttributeFilter;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeType;
import org.glose.core.project.InvalidInputException;

/**
 * "Attribute = value" above the document list: two choice lists filled from the project's case attributes and a
 * button that clears the filter in one click. For a number or a date attribute, a third list compares (=, >, ≥,
 * <, ≤) and the value may be typed (a number, a date as yyyy-mm-dd or dd/mm/yyyy); numbers compare as numbers and
 * dates as dates. The filter is empty until an attribute and a value are chosen; a typed value that does not fit
 * the type is said beside the lists and filters nothing.
 */
public final class AttributeFilterBar {

    /**
     * The documents wanted: those of the cases whose attribute meets {@code value}, a condition as {@link
     * AttributeCondition} reads it (a plain value, or {@code >30}, {@code <=2021-06-30} for numbers and dates).
     */
    public record Filter(long attributeId, String attributeName, String value) {
    }

    /** The comparisons offered for numbers and dates, as shown, and as the condition writes them. */
    private static final Map<String, String> OPERATORS = Map.of("=", "", ">", ">", "≥", ">=", "<", "<", "≤", "<=");
    private static final List<String> OPERATOR_ORDER = List.of("=", ">", "≥", "<", "≤");

    private final ComboBox<Attribute> attribute = new ComboBox<>();
    private final ComboBox<String> operator = new ComboBox<>();
    private final ComboBox<String> value = new ComboBox<>();
    private final Button clear = new Button("✕");
    private final Label shown = new Label();
    private final ReadOnlyObjectWrapper<Filter> filter = new ReadOnlyObjectWrapper<>();
    private final FlowPane root;
    private AttributeFilter.Choices choices = new AttributeFilter.Choices(List.of(), Map.of());
    private boolean filling;

    public AttributeFilterBar() {
        attribute.setId("filter-attribute");
        attribute.setPromptText(t("cases.filter.prompt"));
        attribute.setTooltip(new Tooltip(t("cases.filter.tooltip")));
        attribute.setConverter(new StringConverter<>() {
            @Override
            public String toString(Attribute a) {
                return a == null ? "" : a.name();
            }

            @Override
            public Attribute fromString(String s) {
                return null;
            }
        });
        attribute.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Attribute a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? t("cases.filter.prompt") : a.name());
            }
        });
        operator.setId("filter-operator");
        operator.getItems().setAll(OPERATOR_ORDER);
        operator.setValue("=");
        operator.setTooltip(new Tooltip(t("cases.filter.operator.tooltip")));
        operator.setVisible(false);
        operator.setManaged(false);
        value.setId("filter-value");
        value.setPromptText(t("cases.filter.value"));
        value.setMaxWidth(120);
        attribute.setMaxWidth(140);
        clear.setId("filter-clear");
        clear.setTooltip(new Tooltip(t("cases.filter.clear")));
        clear.setOnAction(e -> clear());
        shown.getStyleClass().add("placeholder");
        shown.setId("filter-shown");
        attribute.valueProperty().addListener((o, was, now) -> {
            if (!filling) {
                fillValues();
                update();
            }
        });
        operator.valueProperty().addListener((o, was, now) -> {
            if (!filling) {
                update();
            }
        });
        value.valueProperty().addListener((o, was, now) -> {
            if (!filling) {
                update();
            }
        });
        root = new FlowPane(4, 4, attribute, operator, value, clear, shown);
        root.getStyleClass().add("attribute-filter");
        root.setVisible(false); // until the project has attributes
        root.setManaged(false);
        update();
    }

    public Node root() {
        return root;
    }

    public ReadOnlyObjectProperty<Filter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** New choices read from the project; the chosen attribute and value stay when they still exist. */
    public void setChoices(AttributeFilter.Choices fresh) {
        if (fresh.equals(choices)) {
            return;
        }
        choices = fresh;
        Attribute before = attribute.getValue();
        String beforeValue = value.getValue();
        filling = true;
        try {
            attribute.getItems().setAll(fresh.attributes());
            attribute.setValue(before == null ? null : fresh.attributes().stream()
                    .filter(a -> a.id() == before.id()).findFirst().orElse(null));
            fillValues();
            value.setValue(value.isEditable() || value.getItems().contains(beforeValue) ? beforeValue : null);
        } finally {
            filling = false;
        }
        root.setVisible(!fresh.attributes().isEmpty());
        root.setManaged(!fresh.attributes().isEmpty());
        update();
    }

    /** Shows every document again. */
    public void clear() {
        filling = true;
        try {
            attribute.setValue(null);
            operator.setValue("=");
            value.getItems().clear();
            value.setValue(null);
        } finally {
            filling = false;
        }
        fillValues();
        update();
    }

    /** "2 of 5 documents" while a filter is on. */
    public void showCount(int shownCount, int total) {
        shown.setText(filter.get() == null ? "" : t("cases.filter.shown", shownCount, total));
    }

    public ComboBox<Attribute> attribute() {
        return attribute;
    }

    /** The comparison of a number or date attribute (hidden for the others). */
    public ComboBox<String> operator() {
        return operator;
    }

    public ComboBox<String> value() {
        return value;
    }

    private static boolean ordered(Attribute a) {
        return a != null && (a.type() == AttributeType.NUMBER || a.type() == AttributeType.DATE);
    }

    private void fillValues() {
        Attribute a = attribute.getValue();
        boolean compare = ordered(a);
        operator.setVisible(compare);
        operator.setManaged(compare);
        if (!compare) {
            operator.setValue("=");
        }
        value.setEditable(compare);
        value.getItems().setAll(a == null ? List.of() : choices.valuesOf(a.id()));
        if (!compare && !value.getItems().contains(value.getValue())) {
            value.setValue(null);
        }
    }

    private void update() {
        Attribute a = attribute.getValue();
        String v = value.getValue();
        Filter now = null;
        String refusal = null;
        if (a != null && v != null && !v.isBlank()) {
            String condition = v.strip();
            if (ordered(a)) {
                String typed = a.type() == AttributeType.DATE ? TypeNames.date(condition).map(Object::toString)
                        .orElse(condition) : condition;
                condition = OPERATORS.getOrDefault(operator.getValue(), "") + typed;
                try {
                    AttributeCondition.parse(a, condition);
                } catch (InvalidInputException e) {
                    refusal = e.getMessage();
                    condition = null;
                }
            }
            now = condition == null ? null : new Filter(a.id(), a.name(), condition);
        }
        clear.setDisable(a == null);
        value.setDisable(a == null);
        operator.setDisable(a == null);
        if (!Objects.equals(now, filter.get())) {
            filter.set(now);
        }
        if (refusal != null) {
            shown.setText(refusal);
        } else if (now == null) {
            shown.setText("");
        }
    }
}
