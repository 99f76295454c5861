package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.glose.core.model.ProjectCase;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Cases → Import attributes…: a table previewed, imported as one undoable action; a bad row imports nothing. */
class AttributeImportTest extends WindowTestBase {

    @Test
    void aWideTableIsPreviewedThenImportedAndOneUndoRemovesIt() throws Exception {
        Path csv = dir.resolve("participants.csv");
        Files.writeString(csv, "Participant,role,age\nAnna,manager,41\nBruno,nurse,\n");
        clickOn("#nav-cases");
        interact(() -> app.window().cases().importer().load(csv));
        DialogPane preview = dialog();
        assertThat(fx(preview::getHeaderText)).startsWith("3 values for 2 cases (one case per row)");
        clickOn((Button) preview.lookupButton(preview.getButtonTypes().get(0)));
        awaitIdle();
        assertThat(cases()).extracting(ProjectCase::name)
                .containsExactlyInAnyOrder("Anna", "Bruno");
        String role = app.session().project().read(tx -> tx.cases().value(tx.cases().byName("Bruno")
                .orElseThrow().id(), tx.cases().attributeByName("role").orElseThrow().id()).orElse(null));
        assertThat(role).isEqualTo("nurse");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> app.window().cases().table().getItems()
                .size() == 2));
        assertThat(editMenuItem(0)).isEqualTo("Undo Import attributes from participants.csv");

        push(KeyCode.SHORTCUT, KeyCode.Z);
        awaitIdle();
        assertThat(cases()).isEmpty();
        List<org.glose.core.model.Attribute> attributes = app.session().project().read(tx -> tx.cases().attributes());
        assertThat(attributes).isEmpty();
        assertNoErrorShown();
    }

    @Test
    void aTableWithABadRowNamesItAndCannotBeImported() throws Exception {
        Path csv = dir.resolve("attributes.csv");
        Files.writeString(csv, "case,attribute,value\nAnna,role,manager\n,role,nurse\n");
        interact(() -> app.window().cases().importer().load(csv));
        DialogPane preview = dialog();
        @SuppressWarnings("unchecked")
        ListView<String> problems = (ListView<String>) preview.lookup("#attribute-import-problems");
        assertThat(fx(() -> List.copyOf(problems.getItems()))).containsExactly("Row 3: A case needs a name.");
        assertThat(fx(() -> preview.lookupButton(preview.getButtonTypes().get(0)).isDisabled())).isTrue();
        clickOn((Button) preview.lookupButton(preview.getButtonTypes().get(1)));
        awaitIdle();
        assertThat(cases()).isEmpty();
    }

    @Test
    void aFileThatIsNotATableIsRefusedInOneSentence() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "case,attribute,value\n");
        interact(() -> app.window().cases().importer().load(notes));
        DialogPane alert = dialog();
        assertThat(fx(alert::getContentText)).startsWith("notes.txt is not a table: Glose reads attributes from");
        clickOn((Button) alert.lookupButton(alert.getButtonTypes().get(0)));
        assertThat(cases()).isEmpty();
    }

    private List<ProjectCase> cases() {
        return app.session().project().read(tx -> tx.cases().list());
    }

    private DialogPane dialog() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> listWindows().stream().anyMatch(w ->
                w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)));
        return fx(() -> (DialogPane) listWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane).findFirst().orElseThrow().getScene().getRoot());
    }
}
