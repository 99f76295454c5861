package org.glose.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.project.InvalidInputException;
import org.glose.core.search.SearchHit;
import org.glose.core.search.SearchResult;
import org.glose.core.search.SearchSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each query form of docs/search.md on three small documents whose hits are easy to count by eye. The tests only
 * read, so they share one project.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryFormsTest {

    SearchFixture f;

    @BeforeAll
    void open(@TempDir Path dir) {
        f = SearchFixture.threeDocuments(dir.resolve("p"));
    }

    @AfterAll
    void close() {
        f.close();
    }

    @Test
    void aWordFindsItsPluralsCaseAndAccentsInsensitively() {
        SearchResult r = f.search("données");
        assertThat(f.texts(r)).containsExactly("Données", "donnée", "données");
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.documents()).isEqualTo(1);
        assertThat(f.texts(f.search("DONNEE"))).containsExactly("Données", "donnée", "données");
    }

    @Test
    void aHitStartsAtTheWordNotAtTheElidedArticle() {
        SearchResult r = f.search("etat");
        assertThat(f.texts(r)).containsExactly("État", "État", "État");
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.documents()).isEqualTo(2);
        String text = SearchFixture.RAPPORT;
        for (SearchHit h : r.hits()) {
            String stored = h.document().equals("rapport.txt") ? text : SearchFixture.ENTRETIEN;
            assertThat(h.range().of(stored)).isEqualTo(h.text());
        }
        List<SearchHit> inRapport = r.hits().stream().filter(h -> h.document().equals("rapport.txt")).toList();
        assertThat(inRapport.get(0).range().start()).isEqualTo(2);
        assertThat(inRapport.get(1).range().start()).isEqualTo(text.indexOf("’État") + 1);
    }

    @Test
    void theExactModeMatchesWordFormsOnly() {
        assertThat(f.texts(f.exact("donnée"))).containsExactly("donnée");
        assertThat(f.texts(f.exact("donnees"))).containsExactly("Données", "données");
        assertThat(f.exact("de").total()).isEqualTo(1);
        assertThat(f.texts(f.exact("etat"))).containsExactly("État", "État", "État");
    }

    @Test
    void aPhraseIsOneHitFromItsFirstToItsLastWordAcrossALineBreak() {
        SearchResult r = f.search("\"plateforme données\"");
        assertThat(f.texts(r)).containsExactly("plateforme\ndonnées");
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.hits().get(0).before()).doesNotContain("\n");
    }

    @Test
    void proximityAllowsWordsInBetween() {
        assertThat(f.search("\"plateforme intérêt\"").total()).isZero();
        assertThat(f.texts(f.search("\"plateforme intérêt\"~3"))).containsExactly("plateforme\ndonnées d'intérêt");
    }

    @Test
    void booleanOperatorsWorkPerDocumentAndAndIsTheDefault() {
        SearchResult and = f.search("données AND plateforme");
        assertThat(and.total()).isEqualTo(4);
        assertThat(and.documents()).isEqualTo(1);
        assertThat(f.search("données plateforme").total()).isEqualTo(4);
        SearchResult or = f.search("données OR rien");
        assertThat(or.total()).isEqualTo(4);
        assertThat(or.documents()).isEqualTo(2);
        SearchResult not = f.search("plateforme NOT données");
        assertThat(f.texts(not)).containsExactly("plateforme", "plateformes");
        assertThat(not.hits()).extracting(SearchHit::document).containsOnly("entretien.txt");
    }

    @Test
    void wildcardsFuzzyTermsAndRegularExpressionsMatchWordForms() {
        // documents come in name order: entretien.txt, then rapport.txt
        assertThat(f.texts(f.search("plate*"))).containsExactly("plateforme", "plateformes", "plateforme");
        assertThat(f.texts(f.search("plateforne~1"))).containsExactly("plateforme", "plateforme");
        assertThat(f.texts(f.search("/donn[ée]es?/"))).containsExactly("Données", "donnée", "données");
        assertThat(f.texts(f.search("Donn?es"))).containsExactly("Données", "données");
    }

    @Test
    void englishDocumentsAreAnalysedInEnglish() {
        SearchResult r = f.search("platform");
        assertThat(f.texts(r)).containsExactly("platforms", "platform's");
        assertThat(r.hits()).extracting(SearchHit::document).containsOnly("interview.txt");
    }

    @Test
    void contextIsOnOneLineAroundTheHit() {
        SearchHit first = f.search("etat").hits().stream().filter(h -> h.document().equals("rapport.txt"))
                .findFirst().orElseThrow();
        assertThat(first.before()).isEqualTo("L'");
        assertThat(first.after()).startsWith(" et l’État. Les Données").doesNotContain("\n");
        assertThat(first.page()).isNull();
        SearchHit last = f.search("général").hits().get(0);
        assertThat(last.after()).isEqualTo(".");
    }

    @Test
    void theLimitBoundsTheListNeverTheCounts() {
        SearchResult r = f.search.search(SearchSpec.of("etat"), 1);
        assertThat(r.hits()).hasSize(1);
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.documents()).isEqualTo(2);
        assertThat(r.ranges().values().stream().mapToInt(List::size).sum()).isEqualTo(3);
        assertThat(f.search.search(SearchSpec.of("etat"), 0).hits()).isEmpty();
        assertThatThrownBy(() -> f.search.search(SearchSpec.of("etat"), -1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDocumentFilterNarrowsTheSearch() {
        SearchResult r = f.search(SearchSpec.of("etat").inDocuments(List.of("entretien.txt")));
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.hits().get(0).document()).isEqualTo("entretien.txt");
        assertThatThrownBy(() -> f.search(SearchSpec.of("etat").inDocuments(List.of("nowhere.txt"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nowhere.txt");
    }

    @Test
    void badQueriesAreRefusedWithOneSentence() {
        assertThatThrownBy(() -> f.search("\"données")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot be read: a quotation mark is not closed")
                .hasMessageNotContaining("Lexical");
        assertThatThrownBy(() -> f.search("(données OR plateforme")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("a bracket is not closed");
        assertThatThrownBy(() -> f.search("données AND")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("need a word on each side");
        assertThatThrownBy(() -> f.search("rapport: données")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("quotes");
        assertThatThrownBy(() -> f.search("de la")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("French").hasMessageContaining("--exact");
        assertThatThrownBy(() -> f.search("  ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> f.search("/donn[/")).isInstanceOf(InvalidInputException.class);
        assertThat(f.search("\"rapport: données\"").total()).isZero();
    }
}
