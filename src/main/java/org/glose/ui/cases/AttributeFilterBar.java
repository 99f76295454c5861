package org.glose.ui.cases;

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
import org.glose.core.cases.AttributeFilter;
import org.glose.core.model.Attribute;

/**
 * "Attribute = value" above the document list: two choice lists filled from the project's case attributes and a
 * button that clears the filter in one click. The filter is empty until both are chosen.
 */
public final class AttributeFilterBar {

    /** The documents wanted: those of the cases whose attribute holds the value. */
    public record Filter(long attributeId, String attributeName, String value) {
    }

    private final ComboBox<Attribute> attribute = new ComboBox<>();
    private final ComboBox<String> value = new ComboBox<>();
    private final Button clear = new Button("✕");
    private final Label shown = new Label();
    private final ReadOnlyObjectWrapper<Filter> filter = new ReadOnlyObjectWrapper<>();
    private final FlowPane root;
    private AttributeFilter.Choices choices = new AttributeFilter.Choices(java.util.List.of(), java.util.Map.of());
    private boolean filling;

    public AttributeFilterBar() {
        attribute.setId("filter-attribute");
        attribute.setPromptText("Filter by attribute");
        attribute.setTooltip(new Tooltip("Show only the documents of cases with a given attribute value"));
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
                setText(empty || a == null ? "Filter by attribute" : a.name());
            }
        });
        value.setId("filter-value");
        value.setPromptText("value");
        value.setMaxWidth(120);
        attribute.setMaxWidth(140);
        clear.setId("filter-clear");
        clear.setTooltip(new Tooltip("Show every document again"));
        clear.setOnAction(e -> clear());
        shown.getStyleClass().add("placeholder");
        shown.setId("filter-shown");
        attribute.valueProperty().addListener((o, was, now) -> {
            if (!filling) {
                fillValues();
                update();
            }
        });
        value.valueProperty().addListener((o, was, now) -> {
            if (!filling) {
                update();
            }
        });
        root = new FlowPane(4, 4, attribute, value, clear, shown);
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
            value.setValue(value.getItems().contains(beforeValue) ? beforeValue : null);
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
            value.getItems().clear();
            value.setValue(null);
        } finally {
            filling = false;
        }
        update();
    }

    /** "2 of 5 documents" while a filter is on. */
    public void showCount(int shownCount, int total) {
        shown.setText(filter.get() == null ? "" : shownCount + " of " + total + " documents");
    }

    public ComboBox<Attribute> attribute() {
        return attribute;
    }

    public ComboBox<String> value() {
        return value;
    }

    private void fillValues() {
        Attribute a = attribute.getValue();
        value.getItems().setAll(a == null ? java.util.List.of() : choices.valuesOf(a.id()));
        if (!value.getItems().contains(value.getValue())) {
            value.setValue(null);
        }
    }

    private void update() {
        Attribute a = attribute.getValue();
        String v = value.getValue();
        Filter now = a == null || v == null ? null : new Filter(a.id(), a.name(), v);
        clear.setDisable(a == null);
        value.setDisable(a == null);
        if (!Objects.equals(now, filter.get())) {
            filter.set(now);
        }
        if (now == null) {
            shown.setText("");
        }
    }
}
