package org.glose.core.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.document.AddDocument;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.NewDocument;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.text.TextRange;
import org.glose.store.H2ProjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisagreementsTest {

    private static final String TEXT = "Les plateformes de données d'intérêt général.\nUn second paragraphe ici.";

    @TempDir
    Path dir;
    OpenProject project;
    Document doc;
    Code code;

    @BeforeEach
    void setUp() {
        project = new OpenProject(H2ProjectStore.create(dir.resolve("p"), "p"));
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        doc = project.execute(new AddDocument(new NewDocument("d.txt", "txt", "d.txt", bytes, "sha", TEXT, null,
                "UTF-8", "fr")));
        code = project.execute(new CreateCode(null, "Données", null));
        // same passage, different bounds: [4, 15) vs [4, 26)
        project.execute(new ApplyCode(doc.id(), code.id(), "anne", new TextRange(4, 15)));
        project.execute(new ApplyCode(doc.id(), code.id(), "bruno", new TextRange(4, 26)));
        // only bruno codes the second paragraph
        project.execute(new ApplyCode(doc.id(), code.id(), "bruno", new TextRange(47, 53)));
        // both code the same words: no disagreement there
        project.execute(new ApplyCode(doc.id(), code.id(), "anne", new TextRange(30, 44)));
        project.execute(new ApplyCode(doc.id(), code.id(), "bruno", new TextRange(30, 44)));
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private List<Disagreement> find() {
        List<Disagreement> found = project.read(tx -> Disagreements.find(tx, List.of("anne", "bruno"),
                Disagreements.CONSENSUS));
        return found;
    }

    private List<Coding> consensusCodings(long consensusId) {
        List<Coding> codings = project.read(tx -> tx.codings().list(new CodingFilter(null, null, consensusId)));
        return codings;
    }

    private java.util.Optional<org.glose.core.model.Coder> consensusCoder() {
        java.util.Optional<org.glose.core.model.Coder> coder = project.read(tx -> tx.coders().byName("consensus"));
        return coder;
    }

    @Test
    void passagesWhereTheCodersDifferAreListedSideBySide() {
        List<Disagreement> found = find();
        assertThat(found).hasSize(2);
        Disagreement first = found.get(0);
        assertThat(first.passage()).isEqualTo(new TextRange(4, 26));
        assertThat(first.text()).isEqualTo("plateformes de données");
        assertThat(first.code()).isEqualTo("Données");
        assertThat(first.versions()).containsExactly(
                new Disagreement.Version("anne", List.of(new TextRange(4, 15))),
                new Disagreement.Version("bruno", List.of(new TextRange(4, 26))));
        assertThat(first.resolved()).isFalse();
        assertThat(found.get(1).versions().get(0).ranges()).isEmpty(); // anne coded nothing there
    }

    @Test
    void acceptingAVersionCopiesItIntoTheConsensusCoderAndOneUndoRemovesItAll() {
        Disagreement first = find().get(0);
        int accepted = project.execute(AcceptVersion.of(first, "anne", Disagreements.CONSENSUS));
        assertThat(accepted).isEqualTo(1);
        long consensusId = project.read(tx -> tx.coders().byName("consensus")).orElseThrow().id();
        List<Coding> held = consensusCodings(consensusId);
        assertThat(held).extracting(Coding::range).containsExactly(new TextRange(4, 15));
        assertThat(find().get(0).acceptedFrom()).containsExactly("anne");

        // changing one's mind: bruno's version replaces anne's inside the passage
        project.execute(AcceptVersion.of(first, "bruno", Disagreements.CONSENSUS));
        List<Coding> now = consensusCodings(consensusId);
        assertThat(now).extracting(Coding::range).containsExactly(new TextRange(4, 26));

        assertThat(project.undo()).isPresent();
        assertThat(consensusCodings(consensusId))
                .containsExactlyElementsOf(held);
        assertThat(project.undo()).isPresent();
        assertThat(consensusCoder()).isEmpty();
        assertThat(project.redo()).isPresent();
        assertThat(consensusCodings(consensusId))
                .containsExactlyElementsOf(held);
    }

    @Test
    void acceptingNothingRemovesTheConsensusCodingsInsideThePassageOnly() {
        // a consensus coding reaching beyond the passage keeps its outside part
        project.execute(new ApplyCode(doc.id(), code.id(), "consensus", new TextRange(40, 60)));
        Disagreement second = find().get(1); // [47, 53): anne coded nothing
        project.execute(AcceptVersion.of(second, "anne", Disagreements.CONSENSUS));
        long consensusId = project.read(tx -> tx.coders().byName("consensus")).orElseThrow().id();
        assertThat(consensusCodings(consensusId))
                .extracting(Coding::range).containsExactly(new TextRange(40, 47), new TextRange(53, 60));
        project.undo();
        assertThat(consensusCodings(consensusId))
                .extracting(Coding::range).containsExactly(new TextRange(40, 60));
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        assertThatThrownBy(() -> project.read(tx -> Disagreements.find(tx, List.of("anne"), "consensus")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> project.read(tx -> Disagreements.find(tx, List.of("anne", "bruno"), "anne")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be one of the coders");
        Disagreement first = find().get(0);
        assertThatThrownBy(() -> project.execute(AcceptVersion.of(first, "zoé", "consensus")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("zoé");
        assertThatThrownBy(() -> project.execute(AcceptVersion.of(first, "anne", "anne")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(consensusCoder()).isEmpty();
        assertThat(project.history().nextUndo()).hasValueSatisfying(l -> assertThat(l).startsWith("Code \u201c"));
    }
}
