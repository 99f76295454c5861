package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glose.core.cases.AssignCase;
import org.glose.core.cases.AttributeRow;
import org.glose.core.cases.ImportAttributes;
import org.glose.core.model.Document;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Documents tab narrowed to the documents of cases with an attribute value, and cleared in one click. */
class DocumentFilterTest extends WindowTestBase {

    @Test
    void choosingAnAttributeValueShowsOnlyTheDocumentsOfCasesWithItAndTheCrossShowsAllAgain() throws Exception {
        List<Document> all = fx(() -> List.copyOf(app.window().documentList().list().getItems()));
        assertThat(all).hasSizeGreaterThanOrEqualTo(2);
        Document first = all.get(0);
        Document second = all.get(1);
        interact(() -> {
            app.session().execute(new AssignCase("Anna", first.id()), c -> { });
            app.session().execute(new AssignCase("Bruno", second.id()), c -> { });
            app.session().execute(new ImportAttributes(List.of(new AttributeRow(1, "Anna", "role", "manager"),
                    new AttributeRow(2, "Bruno", "role", "nurse"))), n -> { });
        });
        awaitIdle();
        var bar = app.window().documentList().filter();
        assertThat(fx(() -> bar.root().isVisible())).isTrue();

        // the choice lists are driven by keyboard: Monocle's popups do not take clicks on their items reliably
        clickOn("#filter-attribute").type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.ENTER);
        assertThat(fx(() -> bar.attribute().getValue().name())).isEqualTo("role");
        assertThat(fx(() -> List.copyOf(bar.value().getItems()))).containsExactly("manager", "nurse");
        assertThat(fx(() -> bar.filterProperty().get())).as("no value chosen yet").isNull();
        clickOn("#filter-value").type(javafx.scene.input.KeyCode.DOWN, 2).type(javafx.scene.input.KeyCode.ENTER);
        awaitIdle();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() ->
                app.window().documentList().list().getItems().size() == 1));
        assertThat(fx(() -> app.window().documentList().list().getItems().get(0).id())).isEqualTo(second.id());
        assertThat(fx(() -> lookup("#filter-shown").queryLabeled().getText()))
                .isEqualTo("1 of " + all.size() + " documents");

        clickOn("#filter-clear");
        awaitIdle();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() ->
                app.window().documentList().list().getItems().size() == all.size()));
        assertThat(fx(() -> bar.filterProperty().get())).isNull();
        assertNoErrorShown();
    }

    @Test
    void withoutAttributesTheFilterIsNotShown() throws Exception {
        assertThat(fx(() -> app.window().documentList().filter().root().isVisible())).isFalse();
    }
}
