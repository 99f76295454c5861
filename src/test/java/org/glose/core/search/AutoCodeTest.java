package org.glose.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.coding.AutoCode;
import org.glose.core.coding.AutoCodePlan;
import org.glose.core.coding.CreateCode;
import org.glose.core.coding.PassageUnit;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.InvalidInputException;
import org.glose.core.search.SearchResult;
import org.glose.search.SearchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coding what a search found: preview, one action, one undo step. */
class AutoCodeTest {

    @TempDir
    Path dir;
    SearchFixture f;
    Code code;

    @BeforeEach
    void open() {
        f = SearchFixture.threeDocuments(dir.resolve("p"));
        code = f.project.execute(new CreateCode(null, "État", null));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<Coding> codings() {
        return f.project.read(tx -> tx.codings().list(CodingFilter.ofCode(code.id())));
    }

    private List<String> codedTexts() {
        return codings().stream().map(c -> c.range().of(f.project.read(tx -> tx.documents().text(c.documentId()))))
                .toList();
    }

    @Test
    void thePreviewCountsPassagesAndDocumentsAndChangesNothing() {
        SearchResult r = f.search("etat");
        AutoCode autoCode = new AutoCode(r.ranges(), code.id(), "camille", PassageUnit.SENTENCE);
        AutoCodePlan plan = f.project.read(autoCode::preview);
        // rapport.txt: both hits are in its first sentence; entretien.txt: one sentence
        assertThat(plan.passagesToCode()).isEqualTo(2);
        assertThat(plan.documentsToCode()).isEqualTo(2);
        assertThat(plan.alreadyCoded()).isZero();
        assertThat(plan.code()).isEqualTo("État");
        assertThat(codings()).isEmpty();
        assertThat(f.project.history().nextUndo()).contains("New code \"État\"");
    }

    @Test
    void codingTheHitsIsOneActionThatOneUndoRemoves() {
        SearchResult r = f.search("etat");
        AutoCodePlan done = f.project.execute(new AutoCode(r.ranges(), code.id(), "camille", PassageUnit.HIT));
        assertThat(done.passagesToCode()).isEqualTo(3);
        assertThat(codedTexts()).containsExactly("État", "État", "État");
        f.project.undo();
        assertThat(codings()).isEmpty();
        assertThat(f.project.history().nextUndo()).contains("New code \"État\"");
        f.project.redo();
        assertThat(codedTexts()).hasSize(3);
    }

    @Test
    void sentencesAndParagraphsAreCodedOnce() {
        f.project.execute(new AutoCode(f.search("etat").ranges(), code.id(), "camille", PassageUnit.SENTENCE));
        assertThat(codedTexts()).containsExactly("L'État et l’État.", "Les plateformes publiques de l'État.");
        f.project.undo();
        f.project.execute(new AutoCode(f.search("données").ranges(), code.id(), "camille", PassageUnit.PARAGRAPH));
        assertThat(codedTexts()).containsExactly("Les Données ouvertes, la donnée publique.",
                "données d'intérêt général.");
    }

    @Test
    void passagesTheCoderAlreadyCodedAreLeftAlone() {
        SearchResult r = f.search("etat");
        f.project.execute(new AutoCode(r.ranges(), code.id(), "camille", PassageUnit.SENTENCE));
        AutoCode again = new AutoCode(f.search("etat OR plateformes").ranges(), code.id(), "camille",
                PassageUnit.SENTENCE);
        AutoCodePlan plan = f.project.read(again::preview);
        assertThat(plan.alreadyCoded()).isEqualTo(2);
        assertThat(plan.passagesToCode()).isEqualTo(2);   // "La plateforme", "Une plateforme sans rien."
        AutoCodePlan byYanis = f.project.read(new AutoCode(r.ranges(), code.id(), "yanis", PassageUnit.SENTENCE)::preview);
        assertThat(byYanis.alreadyCoded()).isZero();
        assertThatThrownBy(() -> f.project.execute(new AutoCode(r.ranges(), code.id(), "camille",
                PassageUnit.SENTENCE))).isInstanceOf(InvalidInputException.class).hasMessageContaining("already");
        assertThat(codings()).hasSize(2);
    }

    @Test
    void nothingFoundMeansNothingToCode() {
        assertThatThrownBy(() -> f.project.execute(new AutoCode(java.util.Map.of(), code.id(), "camille",
                PassageUnit.HIT))).isInstanceOf(InvalidInputException.class).hasMessageContaining("nothing");
        assertThat(f.project.history().nextUndo()).contains("New code \"État\"");
    }
}
