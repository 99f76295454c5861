package org.glose.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.model.SavedQuery;
import org.glose.core.project.InvalidInputException;
import org.glose.search.SearchFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedQueriesTest {

    @TempDir
    Path dir;

    @Test
    void aSpecSurvivesItsTextFormWithEveryFilter() {
        SearchSpec spec = new SearchSpec("\"l'État\" OR a\\b\nc", true, List.of("rapport.txt", "12"), List.of("Paris"),
                List.of("taille=grande"), List.of("Acteurs/Publics"), List.of("Autre\\/nom"), true, "camille");
        assertThat(SearchSpecText.read(SearchSpecText.write(spec))).isEqualTo(spec);
        assertThat(SearchSpecText.read(SearchSpecText.write(SearchSpec.of("données")))).isEqualTo(SearchSpec.of("données"));
        assertThat(SearchSpecText.read("query: x\nfuture-setting: y\n")).isEqualTo(SearchSpec.of("x"));
    }

    @Test
    void aSavedQueryRunsAgainAndSavingReplacesUndoably() {
        try (SearchFixture f = SearchFixture.threeDocuments(dir.resolve("p"))) {
            SearchSpec etat = SearchSpec.of("etat").inDocuments(List.of("entretien.txt"));
            f.project.execute(new SaveQuery("État", etat));
            SavedQuery saved = f.project.read(tx -> tx.savedQueries().byName("État")).orElseThrow();
            assertThat(f.search(SearchSpecText.read(saved.spec())).total()).isEqualTo(1);

            f.project.execute(new SaveQuery("État", SearchSpec.of("etat")));
            SavedQuery replaced = f.project.read(tx -> tx.savedQueries().byName("État")).orElseThrow();
            assertThat(f.search(SearchSpecText.read(replaced.spec())).total()).isEqualTo(3);
            f.project.undo();
            SavedQuery back = f.project.read(tx -> tx.savedQueries().byName("État")).orElseThrow();
            assertThat(back).isEqualTo(saved);
            f.project.redo();
            List<SavedQuery> afterRedo = f.project.read(tx -> tx.savedQueries().list());
            assertThat(afterRedo).extracting(SavedQuery::spec).containsExactly(replaced.spec());

            f.project.execute(new DeleteSavedQuery("État"));
            List<SavedQuery> afterDelete = f.project.read(tx -> tx.savedQueries().list());
            assertThat(afterDelete).isEmpty();
            f.project.undo();
            List<SavedQuery> afterUndo = f.project.read(tx -> tx.savedQueries().list());
            assertThat(afterUndo).hasSize(1);
        }
    }

    @Test
    void badNamesAndUnknownQueriesAreRefused() {
        try (SearchFixture f = SearchFixture.empty(dir.resolve("p"))) {
            assertThatThrownBy(() -> f.project.execute(new SaveQuery(" ", SearchSpec.of("x"))))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> f.project.execute(new SaveQuery("vide", SearchSpec.of(""))))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> f.project.execute(new DeleteSavedQuery("absente")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("absente");
        }
    }
}
