package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.glose.core.cases.AssignCase;
import org.glose.core.cases.CreateAttribute;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeType;
import org.glose.core.model.Document;
import org.glose.ui.cases.CaseRow;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The cases sheet edits a number with a number field and a date with a date picker, and refuses a bad number. */
class TypedAttributeSheetTest extends WindowTestBase {

    @Test
    void aNumberAndADateAreEditedInPlaceAndABadNumberIsRefusedWithOneSentence() throws Exception {
        Document first = fx(() -> app.window().documentList().list().getItems().get(0));
        interact(() -> {
            app.session().execute(new AssignCase("Anna", first.id()), c -> { });
            app.session().execute(new CreateAttribute("Age", AttributeType.NUMBER, List.of()), a -> { });
            app.session().execute(new CreateAttribute("Vu", AttributeType.DATE, List.of()), a -> { });
        });
        awaitIdle();
        clickOn("#nav-cases");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> app.window().cases().table().getColumns()
                .size() == 4 && app.window().cases().table().getItems().size() == 1));

        TableColumn<CaseRow, ?> age = column("Age");
        interact(() -> app.window().cases().table().edit(0, age));
        TextField number = lookup(".table-cell .text-field").queryAs(TextField.class);
        interact(() -> number.setText("abc"));
        clickOn(number).push(KeyCode.ENTER);
        awaitIdle();
        assertThat(value("Age")).isNull();
        assertThat(fx(() -> app.session().lastActionProperty().get()))
                .isEqualTo("“abc” is not a number for attribute Age.");

        interact(() -> app.window().cases().table().edit(0, age));
        TextField again = lookup(".table-cell .text-field").queryAs(TextField.class);
        interact(() -> again.setText("41,5"));
        clickOn(again).push(KeyCode.ENTER);
        awaitIdle();
        assertThat(value("Age")).isEqualTo("41,5");

        TableColumn<CaseRow, ?> seen = column("Vu");
        interact(() -> app.window().cases().table().edit(0, seen));
        DatePicker picker = lookup(".table-cell .date-picker").queryAs(DatePicker.class);
        interact(() -> picker.getEditor().setText("31/02/2021"));
        clickOn(picker.getEditor()).push(KeyCode.ENTER);
        awaitIdle();
        assertThat(value("Vu")).isNull();
        assertThat(fx(() -> app.session().lastActionProperty().get())).isEqualTo(
                "“31/02/2021” is not a date for attribute Vu: write yyyy-mm-dd or dd/mm/yyyy.");
        interact(() -> picker.getEditor().setText("05/03/2021"));
        clickOn(picker.getEditor()).push(KeyCode.ENTER);
        awaitIdle();
        assertThat(value("Vu")).isEqualTo("2021-03-05");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() ->
                app.window().cases().table().getItems().get(0).values().containsValue("2021-03-05")));

        push(KeyCode.SHORTCUT, KeyCode.Z);
        awaitIdle();
        assertThat(value("Vu")).isNull();
        assertNoErrorShown();
    }

    @Test
    void aNewAttributeIsGivenItsTypeAndChoicesInTheDialog() throws Exception {
        Document first = fx(() -> app.window().documentList().list().getItems().get(0));
        interact(() -> app.session().execute(new AssignCase("Anna", first.id()), c -> { }));
        awaitIdle();
        clickOn("#nav-cases");
        clickOn("#new-attribute");
        DialogPane dialog = lookup("#attribute-dialog").queryAs(DialogPane.class);
        interact(() -> {
            ((TextField) dialog.lookup("#attribute-name")).setText("Statut");
            @SuppressWarnings("unchecked")
            ChoiceBox<AttributeType> type = (ChoiceBox<AttributeType>) dialog.lookup("#attribute-type");
            type.setValue(AttributeType.CHOICE);
            ((TextField) dialog.lookup("#attribute-choices")).setText("cadre, agent");
        });
        clickOn(dialog.lookupButton(ButtonType.OK));
        awaitIdle();
        Attribute statut = app.session().project().read(tx -> tx.cases().attributeByName("Statut")).orElseThrow();
        assertThat(statut.type()).isEqualTo(AttributeType.CHOICE);
        assertThat(statut.choices()).containsExactly("cadre", "agent");
        assertNoErrorShown();
    }

    private TableColumn<CaseRow, ?> column(String name) throws Exception {
        return fx(() -> app.window().cases().table().getColumns().stream().filter(c -> c.getText().equals(name))
                .findFirst().orElseThrow());
    }

    private String value(String attribute) {
        return app.session().project().read(tx -> tx.cases().value(tx.cases().byName("Anna").orElseThrow().id(),
                tx.cases().attributeByName(attribute).orElseThrow().id()).orElse(null));
    }
}
