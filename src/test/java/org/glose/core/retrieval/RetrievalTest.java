package org.glose.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.model.Code;
import org.glose.core.model.Document;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.retrieval.RetrievalSpec.Mode;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.core.text.TextRange;
import org.glose.store.TestProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retrieving a code's passages, OR and AND, with sub-codes, context and order, on a real project file. */
class RetrievalTest {

    private static final String TEXT = "Le soir, je lis les données publiques. Puis je dors. Le matin, je code.";

    @TempDir
    Path dir;
    OpenProject project;
    Document doc;
    Code usages;
    Code soir;
    Code mefiance;

    @BeforeEach
    void setUp() {
        project = TestProjects.create(dir.resolve("p"));
        doc = TestProjects.addDocument(project, "entretien.txt", TEXT);
        usages = project.execute(new CreateCode(null, "Usages", null));
        soir = project.execute(new CreateCode(usages.id(), "Soir", null));
        mefiance = project.execute(new CreateCode(null, "Méfiance", null));
        code(usages, 0, 38);
        code(soir, 0, 8);
        code(mefiance, 12, 52);
        code(mefiance, 53, 62);
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private void code(Code c, int start, int end) {
        project.execute(new ApplyCode(doc.id(), c.id(), "ana", new TextRange(start, end)));
    }

    private List<RetrievedPassage> retrieve(Mode mode, boolean sub, Code... codes) {
        RetrievalSpec spec = new RetrievalSpec(java.util.Arrays.stream(codes).map(Code::id).toList(), mode, sub);
        return project.read(tx -> Retrieval.run(tx, spec, Progress.NONE, new Cancellation()));
    }

    @Test
    void oneCodeListsItsPassagesWithTextAndContext() {
        List<RetrievedPassage> found = retrieve(Mode.ANY, false, mefiance);
        assertThat(found).extracting(RetrievedPassage::range)
                .containsExactly(new TextRange(12, 52), new TextRange(53, 62));
        RetrievedPassage first = found.get(0);
        assertThat(first.text()).isEqualTo(TEXT.substring(12, 52));
        assertThat(first.before()).isEqualTo("Le soir, je ");
        assertThat(first.after()).isEqualTo(TEXT.substring(52));
        assertThat(first.documentName()).isEqualTo("entretien.txt");
        assertThat(first.page()).isNull();
        assertThat(first.codes()).containsExactly("Méfiance");
    }

    @Test
    void subCodesCountForTheirParentOnlyWhenAsked() {
        assertThat(retrieve(Mode.ANY, false, usages)).extracting(RetrievedPassage::range)
                .containsExactly(new TextRange(0, 38));
        assertThat(retrieve(Mode.ANY, true, usages)).extracting(RetrievedPassage::range)
                .containsExactly(new TextRange(0, 8), new TextRange(0, 38));
    }

    @Test
    void orListsEachPassageOnceWithTheCodesItCarries() {
        code(soir, 12, 52); // the same passage as a Méfiance coding
        List<RetrievedPassage> found = retrieve(Mode.ANY, false, soir, mefiance);
        assertThat(found).extracting(RetrievedPassage::range)
                .containsExactly(new TextRange(0, 8), new TextRange(12, 52), new TextRange(53, 62));
        assertThat(found.get(1).codes()).containsExactly("Usages/Soir", "Méfiance");
    }

    @Test
    void andKeepsOnlyTheStretchesWhereAllCodesOverlap() {
        assertThat(retrieve(Mode.ALL, false, usages, mefiance)).extracting(RetrievedPassage::range)
                .containsExactly(new TextRange(12, 38));
        assertThat(retrieve(Mode.ALL, false, soir, mefiance)).isEmpty();
    }

    @Test
    void noCodeIsRefusedWithASentence() {
        assertThatThrownBy(() -> new RetrievalSpec(List.of(), Mode.ANY, false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one code");
    }

    @Test
    void theListIsCopiedAsTabsAndSavedAsCsvWithQuotes() {
        List<RetrievedPassage> found = retrieve(Mode.ANY, false, mefiance);
        String csv = RetrievalTable.csv(found);
        assertThat(csv).startsWith("\"document\",\"page\",\"start\",\"end\",\"codes\",\"passage\"");
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).contains("\"entretien.txt\",\"\",\"12\",\"52\",\"Méfiance\",\"lis les données publiques.");
        String tabs = RetrievalTable.tabSeparated(found);
        assertThat(tabs.lines()).hasSize(3);
        assertThat(tabs.lines().skip(1).findFirst().orElseThrow()).startsWith("entretien.txt\t\t12\t52\tMéfiance\t");
    }
}
