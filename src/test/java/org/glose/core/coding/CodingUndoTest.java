package org.glose.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.OpenProject;
import org.glose.core.project.Tx;
import org.glose.core.text.TextRange;
import org.glose.store.TestProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What undo shows and what it puts back for coding, uncoding and recoding. */
class CodingUndoTest {

    @TempDir
    Path dir;
    OpenProject project;
    Document doc;
    Code communs;
    Code panoptique;

    @BeforeEach
    void setUp() {
        project = TestProjects.create(dir.resolve("p"));
        doc = TestProjects.addDocument(project, "etude.txt", TestProjects.TEXT);
        communs = project.execute(new CreateCode(null, "Communs", null));
        panoptique = project.execute(new CreateCode(null, "Panoptique", null));
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void undoNamesTheCodes() {
        Coding c = project.execute(new ApplyCode(doc.id(), panoptique.id(), "camille", TextRange.of(0, 8)));
        assertThat(project.history().nextUndo()).hasValue("Code \u201cPanoptique\u201d");
        project.execute(new RecodeCoding(c.id(), communs.id()));
        assertThat(project.history().nextUndo()).hasValue("Recode \u201cPanoptique\u201d \u2192 \u201cCommuns\u201d");
        project.execute(new RemoveCoding(c.id()));
        assertThat(project.history().nextUndo()).hasValue("Uncode \u201cCommuns\u201d");
        project.undo();
        assertThat(project.history().nextRedo()).hasValue("Uncode \u201cCommuns\u201d");
    }

    @Test
    void undoingAnUncodeBringsBackTheCodingsMemos() {
        Coding c = project.execute(new ApplyCode(doc.id(), communs.id(), "camille", TextRange.of(0, 8)));
        project.execute(new AddMemo(c.id(), null, "Pourquoi", "Le commun comme ressource."));
        List<Memo> memos = memos();
        assertThat(memos).singleElement().extracting(Memo::codingId).isEqualTo(c.id());
        project.execute(new RemoveCoding(c.id()));
        assertThat(memos()).isEmpty();   // the schema cascades the coding's memos

        project.undo();
        assertThat(memos()).isEqualTo(memos);
        project.redo();
        assertThat(memos()).isEmpty();
        project.undo();
        assertThat(memos()).isEqualTo(memos);
    }

    @Test
    void undoingABulkRemovalBringsBackTheMemosToo() {
        Coding a = project.execute(new ApplyCode(doc.id(), communs.id(), "camille", TextRange.of(0, 8)));
        Coding b = project.execute(new ApplyCode(doc.id(), panoptique.id(), "camille", TextRange.of(2, 9)));
        project.execute(new AddMemo(b.id(), null, "Note", "Surveillance."));
        List<Memo> memos = memos();
        project.execute(new RemoveCodings(List.of(a, b)));
        assertThat(memos()).isEmpty();
        project.undo();
        assertThat(memos()).isEqualTo(memos).hasSize(1);
    }

    @Test
    void undoingACodeDeletionBringsBackItsMemosAndItsCodingsMemos() {
        Code child = project.execute(new CreateCode(communs.id(), "3. Choix collectifs", null));
        Coding c = project.execute(new ApplyCode(doc.id(), child.id(), "camille", TextRange.of(0, 8)));
        project.execute(new AddMemo(null, child.id(), "Définition", "Décider ensemble."));
        project.execute(new AddMemo(c.id(), null, "Pourquoi", "Une règle collective."));
        List<Memo> memos = memos();
        assertThat(memos).hasSize(2);

        project.execute(new DeleteCode(communs.id(), DeleteCode.Codings.DELETE));
        assertThat(project.history().nextUndo()).hasValue("Delete code \u201cCommuns\u201d");
        assertThat(memos()).isEmpty();
        project.undo();
        assertThat(memos()).isEqualTo(memos);
        project.redo();
        assertThat(memos()).isEmpty();
        project.undo();
        assertThat(memos()).isEqualTo(memos);
    }

    private List<Memo> memos() {
        return project.read(tx -> tx.memos().list());
    }

    /** A memo about one coding or one code, as the window makes it. */
    private record AddMemo(Long codingId, Long codeId, String title, String text) implements Command<Memo> {
        @Override
        public String label() {
            return "Add memo";
        }

        @Override
        public Applied<Memo> apply(Tx tx) {
            Instant at = tx.now();
            Memo memo = tx.memos().insert(title, text, null, codeId, codingId, null, "memo-" + title, at);
            return Applied.of(memo, this);
        }
    }
}
