package org.glose.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.cooccurrence.Measure;
import org.glose.core.analysis.data.AnalysisFilter;
import org.glose.core.analysis.frequency.WordOptions;
import org.glose.core.analysis.matrix.MatrixOptions;
import org.glose.core.analysis.saved.AnalysisSettings;
import org.glose.core.analysis.saved.AnalysisSettingsText;
import org.glose.core.analysis.saved.SaveAnalysis;
import org.glose.core.analysis.saved.SavedAnalyses;
import org.glose.core.model.SavedAnalysis;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving an analysis's settings under a name, reading them back, and undoing it. */
class SavedAnalysesTest {

    @TempDir
    Path dir;

    static final AnalysisFilter FILTER = new AnalysisFilter(Set.of("camille"), Set.of("rapport 100%.txt"),
            Set.of("Paris"), Map.of("rôle", Set.of("élu", "agent\nterritorial")), "Communs/3. Choix collectifs");

    @Test
    void everyKindOfSettingsSurvivesItsTextForm() {
        List<AnalysisSettings> all = List.of(
                new AnalysisSettings.CoOccurrence(FILTER, new CoOccurrenceOptions(CoOccurrenceUnit.NEAR, 40,
                        Measure.C_COEFFICIENT, true), true),
                new AnalysisSettings.CoOccurrence(AnalysisFilter.ALL, CoOccurrenceOptions.of(CoOccurrenceUnit.CASE)
                        .withMeasure(Measure.JACCARD), false),
                new AnalysisSettings.Matrix(FILTER, MatrixOptions.columns("attribute:rôle")
                        .withValue(MatrixOptions.Value.CHARACTERS).withPercent(MatrixOptions.Percent.COLUMN)),
                new AnalysisSettings.CodeFrequency(FILTER, true),
                new AnalysisSettings.WordFrequency(FILTER, new WordOptions(4, false, true, 25), "Communs", true),
                new AnalysisSettings.WordFrequency(AnalysisFilter.ALL, WordOptions.DEFAULT, null, false));
        for (AnalysisSettings s : all) {
            assertThat(AnalysisSettingsText.read(s.kind(), AnalysisSettingsText.write(s))).isEqualTo(s);
        }
    }

    @Test
    void theTextReadsLikeTheCommandLineAndIgnoresUnknownKeys() {
        AnalysisSettings s = new AnalysisSettings.CoOccurrence(AnalysisFilter.ALL.withCoders(Set.of("yanis")),
                CoOccurrenceOptions.of(CoOccurrenceUnit.PARAGRAPH).withMeasure(Measure.JACCARD), false);
        assertThat(AnalysisSettingsText.write(s)).isEqualTo("unit: paragraph\nmeasure: jaccard\ncoder: yanis\n");
        assertThat(AnalysisSettingsText.read("cooccurrence", "unit: paragraph\nmeasure: jaccard\ncoder: yanis\n"
                + "colour-scheme: viridis\n")).isEqualTo(s);
        assertThatThrownBy(() -> AnalysisSettingsText.read("sentiment", "")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("does not know");
        assertThatThrownBy(() -> AnalysisSettingsText.read("cooccurrence", "unit: document\nmeasure: c\n"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("use jaccard");
    }

    @Test
    void savingReplacesByNameAndUndoPutsTheFormerBack() {
        AnalysisSettings first = new AnalysisSettings.CodeFrequency(AnalysisFilter.ALL, false);
        AnalysisSettings second = new AnalysisSettings.Matrix(FILTER, MatrixOptions.of(MatrixOptions.Axis.CASES));
        try (OpenProject project = TestProjects.create(dir.resolve("p"))) {
            SavedAnalysis saved = project.execute(SaveAnalysis.save(" Pour Anne ", first));
            assertThat(saved.name()).isEqualTo("Pour Anne");
            assertThat(project.history().nextUndo()).contains("Save analysis “Pour Anne”");
            project.execute(SaveAnalysis.save("Pour Anne", second));
            assertThat(SavedAnalyses.get(project, "Pour Anne").settings()).isEqualTo(second);
            assertThat(SavedAnalyses.list(project)).hasSize(1);

            project.undo();
            SavedAnalyses.Named back = SavedAnalyses.get(project, "Pour Anne");
            assertThat(back.settings()).isEqualTo(first);
            assertThat(back.saved().id()).isEqualTo(saved.id());
            project.redo();
            assertThat(SavedAnalyses.get(project, "Pour Anne").settings()).isEqualTo(second);

            project.execute(SaveAnalysis.delete("Pour Anne"));
            assertThat(SavedAnalyses.list(project)).isEmpty();
            project.undo();
            assertThat(SavedAnalyses.get(project, "Pour Anne").settings()).isEqualTo(second);
            project.undo();
            project.undo();
            assertThat(SavedAnalyses.list(project)).isEmpty();
        }
    }

    @Test
    void badNamesAndUnknownNamesAreRefusedAndChangeNothing() {
        try (OpenProject project = TestProjects.create(dir.resolve("p"))) {
            AnalysisSettings s = new AnalysisSettings.CodeFrequency(AnalysisFilter.ALL, false);
            assertThatThrownBy(() -> project.execute(SaveAnalysis.save("  ", s)))
                    .isInstanceOf(InvalidInputException.class).hasMessage("A saved analysis needs a name.");
            assertThatThrownBy(() -> project.execute(SaveAnalysis.delete("Nothing")))
                    .isInstanceOf(InvalidInputException.class).hasMessage("There is no saved analysis \"Nothing\".");
            assertThatThrownBy(() -> SavedAnalyses.get(project, "Nothing")).isInstanceOf(InvalidInputException.class);
            assertThat(project.history().nextUndo()).isEmpty();
        }
    }
}
