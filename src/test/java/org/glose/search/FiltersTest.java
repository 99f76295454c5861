package org.glose.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.cases.AssignCase;
import org.glose.core.cases.AttributeRow;
import org.glose.core.cases.ImportAttributes;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.model.Code;
import org.glose.core.model.Document;
import org.glose.core.project.InvalidInputException;
import org.glose.core.search.SearchHit;
import org.glose.core.search.SearchResult;
import org.glose.core.search.SearchSpec;
import org.glose.core.text.TextRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code, coder, case and attribute filters. "etat" has three hits: two on the first line of rapport.txt, one on
 * the second line of entretien.txt.
 */
class FiltersTest {

    @TempDir
    Path dir;
    SearchFixture f;
    Document rapport;
    Document entretien;
    Code acteurs;
    Code publics;

    @BeforeEach
    void open() {
        f = SearchFixture.threeDocuments(dir.resolve("p"));
        rapport = f.document("rapport.txt");
        entretien = f.document("entretien.txt");
        acteurs = f.project.execute(new CreateCode(null, "Acteurs", null));
        publics = f.project.execute(new CreateCode(acteurs.id(), "Publics", null));
        // camille codes the first line of rapport.txt with Acteurs/Publics, yanis the second line of entretien.txt
        f.project.execute(new ApplyCode(rapport.id(), publics.id(), "camille", new TextRange(0, 17)));
        int line2 = SearchFixture.ENTRETIEN.indexOf('\n') + 1;
        f.project.execute(new ApplyCode(entretien.id(), acteurs.id(), "yanis",
                new TextRange(line2, SearchFixture.ENTRETIEN.length())));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private SearchResult etat(SearchSpec spec) {
        return f.search(spec);
    }

    @Test
    void withinACodeKeepsOnlyHitsInsideItsPassages() {
        SearchResult r = etat(SearchSpec.of("etat").withinCodes(List.of("Acteurs"), false));
        assertThat(r.hits()).extracting(SearchHit::document).containsExactly("entretien.txt");
        assertThat(etat(SearchSpec.of("etat").withinCodes(List.of("Acteurs/Publics"), false)).total()).isEqualTo(2);
    }

    @Test
    void subCodesCountWhenAskedFor() {
        SearchResult r = etat(SearchSpec.of("etat").withinCodes(List.of("Acteurs"), true));
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.documents()).isEqualTo(2);
    }

    @Test
    void notWithinACodeIsTheRestOfTheHits() {
        SearchResult r = etat(SearchSpec.of("etat").notWithinCodes(List.of("Acteurs/Publics")));
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.hits().get(0).document()).isEqualTo("entretien.txt");
        SearchResult both = etat(SearchSpec.of("etat").withinCodes(List.of("Acteurs/Publics"), false)
                .notWithinCodes(List.of("Acteurs")));
        assertThat(both.total()).isEqualTo(2);
        SearchResult none = etat(SearchSpec.of("etat").withinCodes(List.of("Acteurs"), true)
                .notWithinCodes(List.of("Acteurs")));
        assertThat(none.total()).isZero();
    }

    @Test
    void theCoderFilterCountsOnlyThatCodersPassages() {
        assertThat(etat(SearchSpec.of("etat").withinCodes(List.of("Acteurs"), true).codedBy("camille")).total())
                .isEqualTo(2);
        assertThat(etat(SearchSpec.of("etat").codedBy("yanis")).total()).isEqualTo(1);
        assertThatThrownBy(() -> etat(SearchSpec.of("etat").codedBy("nobody")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nobody");
    }

    @Test
    void aHitAcrossTwoTouchingCodingsOfTheCodeIsInside() {
        Code c = f.project.execute(new CreateCode(null, "Coupé", null));
        f.project.execute(new ApplyCode(rapport.id(), c.id(), "camille", new TextRange(0, 4)));
        f.project.execute(new ApplyCode(rapport.id(), c.id(), "camille", new TextRange(4, 8)));
        SearchResult r = etat(SearchSpec.of("etat").withinCodes(List.of("Coupé"), false));
        assertThat(r.hits()).extracting(h -> h.range()).containsExactly(new TextRange(2, 6));
    }

    @Test
    void unknownCodesAreRefused() {
        assertThatThrownBy(() -> etat(SearchSpec.of("etat").withinCodes(List.of("Nulle/Part"), false)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Nulle/Part");
    }

    @Test
    void casesAndAttributeValuesNarrowTheDocuments() {
        f.project.execute(new AssignCase("Paris", entretien.id()));
        f.project.execute(new AssignCase("Lyon", rapport.id()));
        f.project.execute(new ImportAttributes(List.of(new AttributeRow(1, "Paris", "taille", "grande"),
                new AttributeRow(2, "Lyon", "taille", "moyenne"))));
        assertThat(etat(SearchSpec.of("etat").inCases(List.of("Paris"), List.of())).total()).isEqualTo(1);
        assertThat(etat(SearchSpec.of("etat").inCases(List.of(), List.of("taille=moyenne"))).total()).isEqualTo(2);
        assertThat(etat(SearchSpec.of("etat").inCases(List.of("Paris"), List.of("taille=moyenne"))).total()).isZero();
        assertThatThrownBy(() -> etat(SearchSpec.of("etat").inCases(List.of(), List.of("âge=30"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("âge");
        assertThatThrownBy(() -> etat(SearchSpec.of("etat").inCases(List.of(), List.of("taille"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("name=value");
    }
}
