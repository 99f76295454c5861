package org.glose.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.cooccurrence.Measure;
import org.glose.core.analysis.data.AnalysisFilter;
import org.glose.core.analysis.saved.AnalysisSettings;
import org.glose.core.analysis.saved.RenameSavedAnalysis;
import org.glose.core.analysis.saved.SaveAnalysis;
import org.glose.core.analysis.saved.SavedAnalyses;
import org.glose.core.model.SavedAnalysis;
import org.glose.core.model.SavedQuery;
import org.glose.core.project.InvalidInputException;
import org.glose.search.SearchFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renaming saved searches and analyses: what was saved stays, a taken name is refused, undo names it back. */
class RenameSavedTest {

    @TempDir
    Path dir;

    @Test
    void aRenamedSearchKeepsItsSearchAndUndoGivesItsNameBack() {
        try (SearchFixture f = SearchFixture.empty(dir.resolve("p"))) {
            f.project.execute(new SaveQuery("État", SearchSpec.of("etat").exact(true)));
            SavedQuery saved = f.project.read(tx -> tx.savedQueries().byName("État")).orElseThrow();
            f.project.execute(new SaveQuery("Données", SearchSpec.of("données")));

            SavedQuery renamed = f.project.execute(new RenameSavedQuery("État", " L'État "));
            assertThat(renamed).isEqualTo(new SavedQuery(saved.id(), "L'État", saved.spec(), saved.createdAt()));
            List<SavedQuery> all = f.project.read(tx -> tx.savedQueries().list());
            assertThat(all).extracting(SavedQuery::name).containsExactlyInAnyOrder("L'État", "Données");

            assertThatThrownBy(() -> f.project.execute(new RenameSavedQuery("L'État", "Données")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("Données");
            assertThatThrownBy(() -> f.project.execute(new RenameSavedQuery("absente", "x")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("absente");
            assertThatThrownBy(() -> f.project.execute(new RenameSavedQuery("L'État", " ")))
                    .isInstanceOf(InvalidInputException.class);

            f.project.undo();
            Optional<SavedQuery> old = f.project.read(tx -> tx.savedQueries().byName("État"));
            Optional<SavedQuery> gone = f.project.read(tx -> tx.savedQueries().byName("L'État"));
            assertThat(old).contains(saved);
            assertThat(gone).isEmpty();
            f.project.redo();
            Optional<SavedQuery> again = f.project.read(tx -> tx.savedQueries().byName("L'État"));
            assertThat(again).contains(renamed);
        }
    }

    @Test
    void aRenamedAnalysisKeepsItsSettingsAndUndoGivesItsNameBack() {
        try (SearchFixture f = SearchFixture.empty(dir.resolve("p"))) {
            AnalysisSettings settings = new AnalysisSettings.CoOccurrence(AnalysisFilter.ALL.withCoders(
                    java.util.Set.of("camille")), new CoOccurrenceOptions(CoOccurrenceUnit.DOCUMENT,
                    CoOccurrenceOptions.DEFAULT_DISTANCE, Measure.JACCARD, true), true);
            f.project.execute(SaveAnalysis.save("Liens", settings));
            SavedAnalysis saved = SavedAnalyses.get(f.project, "Liens").saved();
            f.project.execute(SaveAnalysis.save("Autre", settings));

            SavedAnalysis renamed = f.project.execute(new RenameSavedAnalysis("Liens", "Liens par document"));
            assertThat(renamed.id()).isEqualTo(saved.id());
            assertThat(SavedAnalyses.get(f.project, "Liens par document").settings()).isEqualTo(settings);
            assertThatThrownBy(() -> f.project.execute(new RenameSavedAnalysis("Liens par document", "Autre")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("Autre");

            f.project.undo();
            assertThat(SavedAnalyses.list(f.project)).extracting(SavedAnalysis::name)
                    .containsExactlyInAnyOrder("Liens", "Autre");
            assertThat(SavedAnalyses.get(f.project, "Liens").saved()).isEqualTo(saved);
        }
    }
}
