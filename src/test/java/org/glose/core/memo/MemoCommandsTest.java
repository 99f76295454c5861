package org.glose.core.memo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.coding.CreateCode;
import org.glose.core.model.Code;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.text.TextRange;
import org.glose.store.TestProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing, editing and deleting memos and annotations, with undo, on a real project file. */
class MemoCommandsTest {

    @TempDir
    Path dir;
    OpenProject project;
    Document doc;
    Code code;

    @BeforeEach
    void setUp() {
        project = TestProjects.create(dir.resolve("p"));
        doc = TestProjects.addDocument(project, "etude.txt", TestProjects.TEXT);
        code = project.execute(new CreateCode(null, "Communs", null));
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private List<Memo> memos() {
        return project.read(tx -> tx.memos().list());
    }

    @Test
    void anAnnotationIsAnchoredToItsPassageAndReopensWithIt() {
        Memo m = project.execute(WriteMemo.onPassage(doc.id(), new TextRange(3, 16), "", "Le mot « publique »\nsuite",
                "ana"));
        assertThat(m.title()).isEqualTo("Le mot « publique »");
        project.close();
        project = TestProjects.reopen(dir.resolve("p"));
        Memo again = memos().get(0);
        assertThat(again.passage()).isEqualTo(new TextRange(3, 16));
        assertThat(again.documentId()).isEqualTo(doc.id());
        assertThat(again.text()).isEqualTo("Le mot « publique »\nsuite");
    }

    @Test
    void projectDocumentAndCodeMemosAreWrittenAndUndone() {
        project.execute(WriteMemo.aboutProject("Plan", "Trois vagues d'entretiens.", "ana"));
        project.execute(WriteMemo.aboutDocument(doc.id(), "Contexte", "Entretien au téléphone.", "ana"));
        project.execute(WriteMemo.aboutCode(code.id(), "Définition", "Ce qui est mis en commun.", "ana"));
        assertThat(memos()).extracting(Memo::title).containsExactlyInAnyOrder("Plan", "Contexte", "Définition");
        project.undo();
        assertThat(memos()).extracting(Memo::title).containsExactlyInAnyOrder("Plan", "Contexte");
    }

    @Test
    void editingKeepsTheMemoAndUndoPutsTheOldWordsBack() {
        Memo m = project.execute(WriteMemo.aboutDocument(doc.id(), "Contexte", "Au téléphone.", "ana"));
        project.execute(new EditMemo(m.id(), "Contexte", "En visio, pas au téléphone."));
        Memo edited = memos().get(0);
        assertThat(edited.id()).isEqualTo(m.id());
        assertThat(edited.text()).isEqualTo("En visio, pas au téléphone.");
        assertThat(edited.documentId()).isEqualTo(doc.id());
        project.undo();
        assertThat(memos().get(0).text()).isEqualTo("Au téléphone.");
    }

    @Test
    void emptyTextOrAPassageOutsideTheDocumentIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> project.execute(WriteMemo.aboutProject("t", "  ", "ana")))
                .isInstanceOf(InvalidInputException.class).hasMessage("A memo needs some text.");
        assertThatThrownBy(() -> project.execute(WriteMemo.onPassage(doc.id(), new TextRange(3, 9999), "", "x",
                "ana"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("lies outside");
        assertThat(memos()).isEmpty();
    }
}
