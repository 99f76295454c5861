package org.glose.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;
import org.glose.core.analysis.AnalysisService;
import org.glose.core.analysis.data.AnalysisFilter;
import org.glose.core.analysis.frequency.WordCount;
import org.glose.core.analysis.frequency.WordOptions;
import org.glose.core.analysis.saved.AnalysisSettings;
import org.glose.sample.SampleProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The frequency pane alone on the sample project: the bar chart of codes, the words, stemming. */
@Tag("ui")
class FrequencyPaneTest extends FxRobot {

    @TempDir
    static Path shared;
    static Path folder;

    private final List<String> violations = new CopyOnWriteArrayList<>();
    private PaneFixture fixture;
    private FrequencyPane pane;

    @BeforeAll
    static void sample() {
        folder = shared.resolve("sample");
        SampleProject.create(folder).close();
    }

    @BeforeEach
    void show() throws Exception {
        fixture = new PaneFixture(folder, violations);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            pane = new FrequencyPane(() -> fixture.project, fixture.runner);
            stage.setScene(new Scene((Parent) pane.root(), 1000, 700));
            stage.show();
            pane.refresh();
        });
        awaitPane();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        fixture.close();
        assertThat(violations).as("store access on the FX thread").isEmpty();
    }

    private void awaitPane() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        fx(pane::lastWork).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    @Test
    void oneBarPerUsedCode() throws Exception {
        long bars = fx(() -> pane.codeChart().canvas().getChildren().stream()
                .filter(n -> n instanceof Rectangle r && r.getAccessibleText() != null).count());
        assertThat(bars).isEqualTo(19);   // the sample's 29 codes, 19 of them used
    }

    @Test
    void wordsWithoutStopWordsAndWithStemming() throws Exception {
        clickOn("Words");
        List<WordCount> words = fx(() -> List.copyOf(pane.words().getItems()));
        assertThat(words).isNotEmpty();
        assertThat(words).extracting(WordCount::word).doesNotContain("les", "des", "the", "and");
        long donnees = words.stream().filter(w -> w.word().equals("données")).findFirst().orElseThrow().count();
        clickOn("#stem");
        awaitPane();
        List<WordCount> stemmed = fx(() -> List.copyOf(pane.words().getItems()));
        long grouped = stemmed.stream().filter(w -> w.word().startsWith("donnée")).mapToLong(WordCount::count)
                .max().orElseThrow();
        assertThat(grouped).isGreaterThan(donnees);   // donnée and données count together
        assertThat(stemmed.size()).isLessThan(words.size());
        clickOn("#cloud");
        WaitForAsyncUtils.waitForFxEvents();
        long shown = fx(() -> pane.wordChart().canvas().getChildren().stream()
                .filter(n -> n instanceof javafx.scene.text.Text).count());
        assertThat(shown).isEqualTo(1 + Math.min(100, stemmed.size()));   // the title and the words
    }

    @Test
    void aSavedWordAnalysisShowsItsCodeAndItsNumberOfWords() throws Exception {
        long panoptique = fixture.project.read(tx -> tx.codes().codebook().byPath("Panoptique").orElseThrow().id());
        WordOptions options = WordOptions.DEFAULT.withLimit(5);
        // the code given by its id, as the command line saves it; the five most frequent words of its passages
        AnalysisSettings saved = new AnalysisSettings.WordFrequency(AnalysisFilter.ALL, options,
                Long.toString(panoptique), false);
        fx(() -> {
            pane.use(saved);
            pane.refresh();
            return null;
        });
        awaitPane();
        assertThat(fx(() -> pane.within().getValue())).isEqualTo("Panoptique");
        assertThat(fx(() -> pane.within().getConverter().toString(pane.within().getValue()))).isEqualTo("Panoptique");
        assertThat(fx(() -> pane.limit().getConverter().toString(pane.limit().getValue()))).isEqualTo("5");
        List<WordCount> expected = AnalysisService.words(fixture.project, AnalysisFilter.ALL, "Panoptique", false,
                options);
        assertThat(expected).hasSize(5);
        assertThat(fx(() -> List.copyOf(pane.words().getItems()))).isEqualTo(expected);

        // a refresh after a change of the project keeps the code and the limit
        fx(() -> {
            pane.refresh();
            return null;
        });
        awaitPane();
        assertThat(fx(() -> pane.within().getValue())).isEqualTo("Panoptique");
        assertThat(fx(() -> List.copyOf(pane.words().getItems()))).isEqualTo(expected);

        // choosing "All" again counts every word
        fx(() -> {
            pane.limit().setValue(0);
            return null;
        });
        awaitPane();
        assertThat(fx(() -> pane.words().getItems().size())).isGreaterThan(5);
    }
}
