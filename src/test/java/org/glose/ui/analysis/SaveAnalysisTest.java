package org.glose.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.cooccurrence.Measure;
import org.glose.core.analysis.data.AnalysisFilter;
import org.glose.core.analysis.frequency.WordOptions;
import org.glose.core.analysis.saved.AnalysisSettings;
import org.glose.core.analysis.saved.AnalysisSettingsText;
import org.glose.core.analysis.saved.SavedAnalyses;
import org.glose.core.model.SavedAnalysis;
import org.glose.core.project.OpenProject;
import org.glose.sample.SampleProject;
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

/**
 * Saving an analysis from its pane (Save… and Ctrl+S): the co-occurrence and frequency panes save what they show
 * as {@code glose cooccurrence --save} / {@code glose frequency --save} would, a taken name is refused changing
 * nothing, undo removes the saved analysis, and a read-only project cannot save. Each test works on its own copy
 * of the sample project; every store access is checked to happen off the FX thread.
 */
@Tag("ui")
class SaveAnalysisTest extends FxRobot {

    @TempDir
    static Path shared;
    static Path sample;

    @TempDir
    Path dir;
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final List<OpenProject> opened = new CopyOnWriteArrayList<>();
    private final BackgroundRunner runner = new BackgroundRunner();
    private Path folder;

    @BeforeAll
    static void sample() {
        sample = shared.resolve("sample");
        SampleProject.create(sample).close();
    }

    @BeforeEach
    void copy() throws Exception {
        folder = dir.resolve("project");
        try (Stream<Path> files = Files.walk(sample)) {
            files.forEach(from -> {
                try {
                    Files.copy(from, folder.resolve(sample.relativize(from).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        for (OpenProject p : opened) {
            p.close();
        }
        assertThat(violations).as("store access on the FX thread").isEmpty();
    }

    private OpenProject open(boolean readOnly) {
        OpenProject project = new OpenProject(new FxThreadGuard(readOnly ? H2ProjectStore.openReadOnly(folder, null)
                : H2ProjectStore.open(folder), violations));
        opened.add(project);
        return project;
    }

    private CoOccurrencePane cooccurrence(OpenProject project) throws Exception {
        CoOccurrencePane[] pane = new CoOccurrencePane[1];
        FxToolkit.setupStage(stage -> {
            pane[0] = new CoOccurrencePane(() -> project, runner, p -> { });
            stage.setScene(new Scene((Parent) pane[0].root(), 1200, 700));
            stage.show();
            pane[0].refresh();
        });
        await(pane[0]::lastWork);
        return pane[0];
    }

    private void await(Callable<java.util.concurrent.CompletableFuture<?>> work) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        fx(work).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T find(Node root, String id) {
        return (T) root.lookup(id);
    }

    /** The name dialog: checks what it offers, types {@code name} and saves. */
    private String answer(String name) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> dialog().isPresent()));
        DialogPane dialog = fx(() -> dialog().orElseThrow());
        TextField field = (TextField) dialog.lookup("#analysis-save-name");
        String offered = fx(field::getText);
        interact(() -> field.setText(name));
        clickOn((Button) dialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> dialog().isEmpty()));
        return offered;
    }

    private Optional<DialogPane> dialog() {
        return listWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane).map(w -> (DialogPane) w.getScene().getRoot())
                .findFirst();
    }

    private String note(Node root) throws Exception {
        return fx(() -> ((Label) root.lookup("#analysis-saved")).getText());
    }

    @Test
    void theCoOccurrenceOnScreenIsSavedAsTheCommandLineWouldSaveItAndUndoRemovesIt() throws Exception {
        OpenProject project = open(false);
        CoOccurrencePane pane = cooccurrence(project);
        Node root = pane.root();
        interact(() -> {
            this.<ChoiceBox<CoOccurrenceUnit>>find(root, "#unit").setValue(CoOccurrenceUnit.DOCUMENT);
            this.<ChoiceBox<Measure>>find(root, "#measure").setValue(Measure.JACCARD);
            this.<CheckBox>find(root, "#subcodes").setSelected(true);
            this.<ChoiceBox<String>>find(root, "#order").setValue(CoOccurrencePane.CLUSTERED);
            this.<ChoiceBox<String>>find(root, "#coder").setValue("camille");
        });
        await(pane::lastWork);

        clickOn("#analysis-save");
        String offered = answer("  Mon analyse ");
        await(pane::lastWork);

        CoOccurrenceOptions options = new CoOccurrenceOptions(CoOccurrenceUnit.DOCUMENT,
                CoOccurrenceOptions.DEFAULT_DISTANCE, Measure.JACCARD, true);
        assertThat(offered).isEqualTo("Code co-occurrence — document, jaccard, with sub-codes");
        assertThat(note(root)).isEqualTo("Saved as “Mon analyse”: it is in the Queries tab.");
        // what `glose cooccurrence --unit document --measure jaccard --subcodes --order cluster --coder camille
        // --save NAME` keeps: the same settings, written by the same core
        AnalysisSettings.CoOccurrence expected = new AnalysisSettings.CoOccurrence(
                AnalysisFilter.ALL.withCoders(Set.of("camille")), options, true);
        SavedAnalysis row = SavedAnalyses.list(project).get(0);
        assertThat(row.name()).isEqualTo("Mon analyse");
        assertThat(row.kind()).isEqualTo("cooccurrence");
        assertThat(row.settings()).isEqualTo(AnalysisSettingsText.write(expected));
        AnalysisSettings read = SavedAnalyses.get(project, "Mon analyse").settings();
        assertThat(read).isEqualTo(expected);

        // opened again from the Queries tab, the pane shows the same choices, the coder included
        CoOccurrencePane[] again = new CoOccurrencePane[1];
        interact(() -> {
            again[0] = new CoOccurrencePane(() -> project, runner, p -> { });
            again[0].use((AnalysisSettings.CoOccurrence) read);
        });
        await(again[0]::lastWork);
        assertThat(fx(() -> again[0].settings())).isEqualTo(expected);
        assertThat(fx(() -> this.<ChoiceBox<String>>find(again[0].root(), "#coder").getValue())).isEqualTo("camille");

        assertThat(project.history().nextUndo()).contains("Save analysis “Mon analyse”");
        project.undo();
        assertThat(SavedAnalyses.list(project)).isEmpty();
    }

    @Test
    void aTakenNameIsRefusedAndChangesNothing() throws Exception {
        OpenProject project = open(false);
        CoOccurrencePane pane = cooccurrence(project);
        Node root = pane.root();
        clickOn("#analysis-save");
        answer("Mon analyse");
        await(pane::lastWork);
        SavedAnalysis first = SavedAnalyses.list(project).get(0);
        Optional<String> undo = project.history().nextUndo();

        interact(() -> this.<ChoiceBox<Measure>>find(root, "#measure").setValue(Measure.C_COEFFICIENT));
        await(pane::lastWork);
        interact(() -> find(root, "#measure").requestFocus());
        push(KeyCode.CONTROL, KeyCode.S);   // Ctrl+S in the pane, as the button
        String offered = answer("Mon analyse");
        await(pane::lastWork);

        assertThat(offered).isEqualTo("Code co-occurrence — overlap, c");
        assertThat(note(root)).isEqualTo("An analysis is already saved as “Mon analyse”: nothing was saved. Choose "
                + "another name, or rename or delete that one in the Queries tab.");
        assertThat(SavedAnalyses.list(project)).containsExactly(first);
        assertThat(project.history().nextUndo()).isEqualTo(undo);

        // a name left blank is refused too; the name offered avoids the one taken
        interact(() -> this.<ChoiceBox<Measure>>find(root, "#measure").setValue(Measure.COUNT));
        await(pane::lastWork);
        clickOn("#analysis-save");
        assertThat(answer("   ")).isEqualTo("Code co-occurrence — overlap, count");
        await(pane::lastWork);
        assertThat(note(root)).isEqualTo("A saved analysis needs a name: nothing was saved.");
        assertThat(SavedAnalyses.list(project)).containsExactly(first);
        assertThat(AnalysisSaving.free("Mon analyse", Set.of("Mon analyse", "Mon analyse (2)")))
                .isEqualTo("Mon analyse (3)");
    }

    @Test
    void theWordFrequenciesOnScreenAreSavedWithTheirCodeAndUndone() throws Exception {
        OpenProject project = open(false);
        FrequencyPane[] made = new FrequencyPane[1];
        FxToolkit.setupStage(stage -> {
            made[0] = new FrequencyPane(() -> project, runner);
            stage.setScene(new Scene((Parent) made[0].root(), 1200, 700));
            stage.show();
            made[0].refresh();
        });
        FrequencyPane pane = made[0];
        await(pane::lastWork);
        Node root = pane.root();
        interact(() -> {
            pane.tabs().getSelectionModel().select(1);
            pane.within().setValue("Communs");
            this.<Spinner<Integer>>find(root, "#min-length").getValueFactory().setValue(5);
            pane.limit().setValue(50);
            this.<CheckBox>find(root, "#stem").setSelected(true);
        });
        await(pane::lastWork);

        interact(() -> pane.words().requestFocus());
        push(KeyCode.CONTROL, KeyCode.S);
        assertThat(answer("Mots des communs")).isEqualTo("Most frequent words — Communs");
        await(pane::lastWork);

        assertThat(note(root)).isEqualTo("Saved as “Mots des communs”: it is in the Queries tab.");
        AnalysisSettings expected = new AnalysisSettings.WordFrequency(AnalysisFilter.ALL,
                new WordOptions(5, true, true, 50), "Communs", false);
        SavedAnalysis row = SavedAnalyses.list(project).get(0);
        assertThat(row.kind()).isEqualTo("words");
        assertThat(row.settings()).isEqualTo(AnalysisSettingsText.write(expected));
        assertThat(SavedAnalyses.get(project, "Mots des communs").settings()).isEqualTo(expected);

        // the codes tab saves code frequencies
        interact(() -> pane.tabs().getSelectionModel().select(0));
        clickOn("#analysis-save");
        assertThat(answer("Codes")).isEqualTo("Codings per code");
        await(pane::lastWork);
        assertThat(SavedAnalyses.get(project, "Codes").settings())
                .isEqualTo(new AnalysisSettings.CodeFrequency(AnalysisFilter.ALL, false));

        project.undo();
        project.undo();
        assertThat(SavedAnalyses.list(project)).isEmpty();
    }

    @Test
    void aReadOnlyProjectCannotSave() throws Exception {
        OpenProject project = open(true);
        CoOccurrencePane pane = cooccurrence(project);
        Node root = pane.root();
        assertThat(fx(() -> find(root, "#analysis-save").isDisabled())).isTrue();
        interact(() -> find(root, "#unit").requestFocus());
        push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog()).isEmpty();
        assertThat(note(root)).isEqualTo("Read-only project: nothing can be changed.");
        assertThat(SavedAnalyses.list(project)).isEmpty();
    }
}
