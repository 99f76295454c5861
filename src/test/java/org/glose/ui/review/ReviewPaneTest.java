package org.glose.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.document.AddDocument;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.model.NewDocument;
import org.glose.core.project.OpenProject;
import org.glose.core.review.AddComment;
import org.glose.core.review.ReviewItem;
import org.glose.core.text.TextRange;
import org.glose.store.H2ProjectStore;
import org.glose.ui.testing.BackgroundRunner;
import org.glose.ui.testing.FxThreadGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The review list alone, headless: comments on a coding and a passage, filter, open, delete. */
@Tag("ui")
class ReviewPaneTest extends FxRobot {

    private static final String TEXT = "Les plateformes de données d'intérêt général.";

    record Opened(long documentId, TextRange passage) {
    }

    @TempDir
    Path dir;
    OpenProject project;
    Document doc;
    ReviewPane pane;
    final List<Opened> opened = new CopyOnWriteArrayList<>();
    final List<String> onFxThread = new CopyOnWriteArrayList<>();
    final BackgroundRunner runner = new BackgroundRunner();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void show() throws Exception {
        project = new OpenProject(new FxThreadGuard(H2ProjectStore.create(dir.resolve("p"), "p"), onFxThread));
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        doc = project.execute(new AddDocument(new NewDocument("d.txt", "txt", "d.txt", bytes, "sha", TEXT, null,
                "UTF-8", "fr")));
        Code code = project.execute(new CreateCode(null, "Données", null));
        Coding coding = project.execute(new ApplyCode(doc.id(), code.id(), "anne", new TextRange(19, 26)));
        project.execute(AddComment.onCoding(coding.id(), "directrice", "Plutôt « Communs » ?"));
        project.execute(AddComment.onPassage(doc.id(), new TextRange(0, 15), "bruno", "À coder aussi."));
        FxToolkit.setupStage(stage -> {
            pane = new ReviewPane(project, runner, (d, passage) -> opened.add(new Opened(d, passage)));
            stage.setScene(new Scene(pane, 1000, 500));
            stage.show();
        });
        await(() -> pane.table.getItems().size() == 2);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        interact(() -> pane.dispose());
        runner.close();
        project.close();
        assertThat(onFxThread).as("project work on the FX thread").isEmpty();
    }

    private void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theListShowsBothCommentsInTextOrderAndFiltersByAuthor() throws Exception {
        ReviewItem first = pane.table.getItems().get(0);
        assertThat(first.author()).isEqualTo("bruno");
        assertThat(first.excerpt()).isEqualTo("Les plateformes");
        ReviewItem second = pane.table.getItems().get(1);
        assertThat(second.code()).isEqualTo("Données");
        assertThat(second.codedBy()).isEqualTo("anne");
        assertThat(pane.author.getItems()).containsExactly(ReviewPane.ALL_AUTHORS, "bruno", "directrice");
        interact(() -> pane.author.setValue("directrice"));
        await(() -> pane.table.getItems().size() == 1);
        assertThat(pane.table.getItems().get(0).comment()).isEqualTo("Plutôt « Communs » ?");
    }

    @Test
    void choosingACommentShowsItsPassageAndDeletingItCanBeUndone() throws Exception {
        clickOn(lookup("#review-table .table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        await(() -> !opened.isEmpty());
        assertThat(opened.get(0)).isEqualTo(new Opened(doc.id(), new TextRange(19, 26)));
        clickOn("#review-delete");
        await(() -> pane.table.getItems().size() == 1);
        List<Memo> left = project.read(tx -> tx.memos().list());
        assertThat(left).hasSize(1);
        project.undo();
        await(() -> pane.table.getItems().size() == 2);
    }
}
