package org.glose.ui.merge;

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
import org.glose.core.model.NewDocument;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.OpenProject;
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

/** The merge pane alone, headless: preview with a conflict, merge, undo; merging a project into itself. */
@Tag("ui")
class MergePaneTest extends FxRobot {

    private static final String TEXT = "Les plateformes de données d'intérêt général.";

    @TempDir
    Path dir;
    OpenProject mine;
    Path theirs;
    MergePane pane;
    final List<String> onFxThread = new CopyOnWriteArrayList<>();
    final BackgroundRunner runner = new BackgroundRunner();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** A project with the same document and code path (other GUIDs) and one coding by {@code coder}. */
    private static OpenProject project(OpenProject p, String coder, int end) {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        Document doc = p.execute(new AddDocument(new NewDocument("d.txt", "txt", "d.txt", bytes, "sha", TEXT, null,
                "UTF-8", "fr")));
        Code code = p.execute(new CreateCode(null, "Données", null));
        p.execute(new ApplyCode(doc.id(), code.id(), coder, new TextRange(4, end)));
        return p;
    }

    @BeforeEach
    void show() throws Exception {
        mine = project(new OpenProject(new FxThreadGuard(H2ProjectStore.create(dir.resolve("mine"), "mine"),
                onFxThread)), "anne", 15);
        theirs = dir.resolve("theirs");
        project(new OpenProject(H2ProjectStore.create(theirs, "theirs")), "bruno", 26).close();
        FxToolkit.setupStage(stage -> {
            pane = new MergePane(mine, runner);
            stage.setScene(new Scene(pane, 900, 500));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        mine.close();
        assertThat(onFxThread).as("project work on the FX thread").isEmpty();
    }

    private void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Coding> codings() {
        List<Coding> all = mine.read(tx -> tx.codings().list(CodingFilter.ALL));
        return all;
    }

    @Test
    void aPreviewShowsWhatWouldBeAddedThenOneMergeAddsItAndOneUndoTakesItBack() throws Exception {
        interact(() -> pane.from.setText(theirs.toString()));
        clickOn("#merge-preview");
        await(() -> !pane.summary.getItems().isEmpty());
        assertThat(pane.summary.getItems()).contains("Would add 1 coding(s); 0 already here.",
                "Would add 1 coder(s) (bruno).", "1 conflict(s):");
        assertThat(pane.merge.isDisabled()).isFalse();
        assertThat(codings()).hasSize(1); // a preview changes nothing

        clickOn("#merge-apply");
        await(() -> pane.status.getText().startsWith("Merged"));
        assertThat(pane.summary.getItems()).contains("Added 1 coding(s); 0 already here.");
        assertThat(codings()).extracting(Coding::range).containsExactlyInAnyOrder(new TextRange(4, 15),
                new TextRange(4, 26));
        assertThat(pane.merge.isDisabled()).isTrue();
        mine.undo();
        assertThat(codings()).hasSize(1);
    }

    @Test
    void aProjectIsNotMergedIntoItselfAndAMissingOneIsExplained() throws Exception {
        interact(() -> pane.from.setText(dir.resolve("mine").toString()));
        clickOn("#merge-preview");
        await(() -> pane.status.getText().equals("A project cannot be merged into itself."));
        interact(() -> pane.from.setText(dir.resolve("nowhere").toString()));
        clickOn("#merge-preview");
        await(() -> pane.status.getText().startsWith("There is no Glose project"));
        assertThat(pane.merge.isDisabled()).isTrue();
    }
}
