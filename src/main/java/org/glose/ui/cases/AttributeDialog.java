package org.glose.ui.cases;

import static org.glose.ui.i18n.I18n.t;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeType;

/**
 * The dialog that makes a new attribute (a name, a type, the choices of a choice attribute) or changes the type of
 * an existing one (the attribute, its new type and choices). The choices field is open only for a choice type.
 */
final class AttributeDialog {

    /** What was asked: the attribute's name, its type and, for a choice, its choices. */
    record Answer(String name, AttributeType type, List<String> choices) {
    }

    private AttributeDialog() {
    }

    static Optional<Answer> newAttribute(Window owner) {
        TextField name = new TextField();
        name.setId("attribute-name");
        return show(owner, t("cases.newAttribute.title"), t("cases.newAttribute.name"), name, AttributeType.TEXT,
                List.of(), () -> name.getText() == null ? "" : name.getText().strip());
    }

    static Optional<Answer> changeType(Window owner, List<Attribute> attributes, Attribute chosen) {
        ComboBox<Attribute> attribute = new ComboBox<>();
        attribute.setId("attribute-chosen");
        attribute.getItems().setAll(attributes);
        attribute.setCellFactory(l -> new NameCell());
        attribute.setButtonCell(new NameCell());
        attribute.setValue(chosen == null ? attributes.get(0) : chosen);
        Attribute first = attribute.getValue();
        return show(owner, t("cases.changeType.title"), t("cases.changeType.attribute"), attribute, first.type(),
                first.choices(), () -> attribute.getValue() == null ? "" : attribute.getValue().name(), attribute);
    }

    private static Optional<Answer> show(Window owner, String title, String question, javafx.scene.Node first,
                                         AttributeType type, List<String> choices,
                                         java.util.function.Supplier<String> name) {
        return show(owner, title, question, first, type, choices, name, null);
    }

    private static Optional<Answer> show(Window owner, String title, String question, javafx.scene.Node first,
                                         AttributeType type, List<String> choices,
                                         java.util.function.Supplier<String> name, ComboBox<Attribute> attribute) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        ChoiceBox<AttributeType> types = new ChoiceBox<>();
        types.setId("attribute-type");
        types.getItems().setAll(AttributeType.values());
        types.setConverter(TypeNames.converter());
        types.setValue(type);
        TextField choiceField = new TextField(String.join(", ", choices));
        choiceField.setId("attribute-choices");
        choiceField.setPromptText(t("cases.attribute.choices.prompt"));
        choiceField.disableProperty().bind(types.valueProperty().isNotEqualTo(AttributeType.CHOICE));
        if (attribute != null) {
            attribute.valueProperty().addListener((o, was, now) -> {
                if (now != null) {
                    types.setValue(now.type());
                    choiceField.setText(String.join(", ", now.choices()));
                }
            });
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(question), first);
        grid.addRow(1, new Label(t("cases.attribute.type")), types);
        grid.addRow(2, new Label(t("cases.attribute.choices")), choiceField);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("attribute-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Platform.runLater(first::requestFocus);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> new Answer(name.get(), types.getValue(),
                types.getValue() == AttributeType.CHOICE ? TypeNames.choices(choiceField.getText()) : List.of()))
                .filter(a -> !a.name().isEmpty());
    }

    private static final class NameCell extends ListCell<Attribute> {
        @Override
        protected void updateItem(Attribute a, boolean empty) {
            super.updateItem(a, empty);
            setText(empty || a == null ? null : a.name() + " (" + TypeNames.name(a.type()) + ")");
        }
    }
}
