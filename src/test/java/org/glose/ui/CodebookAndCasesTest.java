package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.glose.core.model.Code;
import org.glose.core.model.ProjectCase;
import org.glose.ui.cases.CaseRow;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The codebook's filter, sub-code counts and drag-to-move, and the cases sheet edited in place, on the sample
 * project, headless.
 */
class CodebookAndCasesTest extends WindowTestBase {

    @Test
    void theFilterKeepsMatchingCodesWithTheirParentsAndCountsCanIncludeSubCodes() throws Exception {
        interact(() -> lookup("#codebook-filter").queryAs(TextField.class).setText("surveillance"));
        List<String> shown = fx(() -> lookup(".code-name").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(l -> l.getScene() != null && !l.getText().isEmpty()).map(l -> l.getText()).toList());
        assertThat(shown).contains("Capitalisme de surveillance", "Communs", "4. Surveillance")
                .doesNotContain("Panoptique", "Légitimation");

        Code communs = code("Communs");
        int own = references(communs);
        int all = fx(() -> app.window().codebookView().row(communs.id()).orElseThrow().allReferences());
        assertThat(all).isGreaterThan(own); // its sub-codes (Ostrom's principles) have codings of their own
        assertThat(shownCount(communs)).isEqualTo(Integer.toString(own));
        clickOn(lookup("#counts-with-subcodes").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownCount(communs)).isEqualTo(Integer.toString(all));
        assertNoErrorShown();
    }

    @Test
    void aCodeDraggedOntoAnotherMovesUnderItAndUndoPutsItBack() throws Exception {
        Code panoptique = code("Panoptique");
        Code legitimation = code("Légitimation");
        drag(codeCell("Panoptique")).dropTo(codeCell("Légitimation"));
        awaitIdle();
        assertThat(code("Panoptique").parentId()).isEqualTo(legitimation.id());
        assertThat(editMenuItem(0)).isEqualTo("Undo Move “Panoptique” to “Légitimation”");
        push(KeyCode.SHORTCUT, KeyCode.Z);
        awaitIdle();
        assertThat(code("Panoptique").parentId()).isEqualTo(panoptique.parentId());
        assertNoErrorShown();
    }

    @Test
    void anAttributeEditedInTheSheetIsSavedAndUndoable() throws Exception {
        openStudy();
        clickOn("#nav-cases");
        clickOn("#assign-case");
        TextField name = lookup((TextField f) -> f.getScene() != app.window().stage().getScene()).query();
        interact(() -> name.setText("Ingéchef"));
        push(KeyCode.ENTER);
        awaitIdle();
        List<ProjectCase> cases = app.session().project().read(tx -> tx.cases().list());
        assertThat(cases).extracting(ProjectCase::name).containsExactly("Ingéchef");

        interact(() -> app.window().cases().table().getSelectionModel().select(0));
        clickOn("#new-attribute");
        TextField attribute = lookup((TextField f) -> f.getScene() != app.window().stage().getScene()).query();
        interact(() -> attribute.setText("année"));
        push(KeyCode.ENTER);
        awaitIdle();
        var column = fx(() -> app.window().cases().table().getColumns().stream()
                .filter(c -> c.getText().equals("année")).findFirst().orElseThrow());
        interact(() -> {
            var table = app.window().cases().table();
            table.edit(0, column);
        });
        TextField cell = lookup(".table-cell .text-field").queryAs(TextField.class);
        interact(() -> cell.setText("2021"));
        clickOn(cell).push(KeyCode.ENTER);
        awaitIdle();
        long caseId = cases.get(0).id();
        String stored = app.session().project().read(tx -> tx.cases().value(caseId,
                tx.cases().attributeByName("année").orElseThrow().id()).orElse(null));
        assertThat(stored).isEqualTo("2021");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> {
            CaseRow row = app.window().cases().table().getItems().get(0);
            return row.values().containsValue("2021");
        }));

        push(KeyCode.SHORTCUT, KeyCode.Z);
        awaitIdle();
        String undone = app.session().project().read(tx -> tx.cases().value(caseId,
                tx.cases().attributeByName("année").orElseThrow().id()).orElse(null));
        assertThat(undone).isNull();
        assertNoErrorShown();
    }
}
