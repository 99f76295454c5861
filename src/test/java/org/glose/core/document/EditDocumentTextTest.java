package org.glose.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.memo.WriteMemo;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.text.TextRange;
import org.glose.store.TestProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing a document's text moves its codings and annotations, in one undoable action, on a real project. */
class EditDocumentTextTest {

    private static final String TEXT = "Marie Dupont dit : le soir, je lis les données 😀 publiques.";

    @TempDir
    Path dir;
    OpenProject project;
    Document doc;
    Code code;

    @BeforeEach
    void setUp() {
        project = TestProjects.create(dir.resolve("p"));
        doc = TestProjects.addDocument(project, "entretien.txt", TEXT);
        code = project.execute(new CreateCode(null, "Usages", null));
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private Coding code(int start, int end) {
        return project.execute(new ApplyCode(doc.id(), code.id(), "ana", new TextRange(start, end)));
    }

    private String text() {
        return project.read(tx -> tx.documents().text(doc.id()));
    }

    private List<Coding> codings() {
        return project.read(tx -> tx.codings().list(CodingFilter.ofDocument(doc.id())));
    }

    @Test
    void anonymisingANameMovesEveryCodingAndUndoPutsAllBack() {
        Coding name = code(0, 12);            // "Marie Dupont"
        Coding whole = code(0, TEXT.length());
        int soir = TEXT.indexOf("le soir");
        Coding after = code(soir, soir + 7);
        Memo note = project.execute(WriteMemo.onPassage(doc.id(), new TextRange(soir, soir + 7), "", "moment", "ana"));

        Document edited = project.execute(new EditDocumentText(doc.id(), new TextEdit(new TextRange(0, 12), "[M. D.]")));
        String expected = "[M. D.] dit : le soir, je lis les données 😀 publiques.";
        assertThat(text()).isEqualTo(expected);
        assertThat(edited.length()).isEqualTo(expected.length());
        int shift = "[M. D.]".length() - 12;
        assertThat(codings()).extracting(Coding::id, c -> c.range().of(expected)).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(name.id(), "[M. D.]"),
                org.assertj.core.groups.Tuple.tuple(whole.id(), expected),
                org.assertj.core.groups.Tuple.tuple(after.id(), "le soir"));
        Memo moved = project.read(tx -> tx.memos().list()).get(0);
        assertThat(moved.id()).isEqualTo(note.id());
        assertThat(moved.passage()).isEqualTo(new TextRange(soir + shift, soir + 7 + shift));

        project.undo();
        assertThat(text()).isEqualTo(TEXT);
        assertThat(codings()).extracting(Coding::range).containsExactlyInAnyOrder(new TextRange(0, 12),
                new TextRange(0, TEXT.length()), new TextRange(soir, soir + 7));
        project.redo();
        assertThat(text()).isEqualTo(expected);
    }

    @Test
    void aCodingCutByADeletionShrinksToWhatRemains() {
        int lis = TEXT.indexOf("je lis");
        Coding c = code(lis, lis + 6);         // "je lis"
        project.execute(new EditDocumentText(doc.id(), new TextEdit(new TextRange(lis - 2, lis + 3), "")));
        assertThat(codings().get(0).id()).isEqualTo(c.id());
        assertThat(codings().get(0).range().of(text())).isEqualTo("lis");
    }

    @Test
    void deletingAllOfACodedPassageOrCuttingAnEmojiIsRefusedAndNothingChanges() {
        int soir = TEXT.indexOf("soir");
        code(soir, soir + 4);
        assertThatThrownBy(() -> project.execute(new EditDocumentText(doc.id(),
                new TextEdit(new TextRange(soir - 1, soir + 5), ""))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("whole passage of a coding of “Usages”");
        int emoji = TEXT.indexOf("😀");
        assertThatThrownBy(() -> project.execute(new EditDocumentText(doc.id(),
                new TextEdit(new TextRange(emoji + 1, emoji + 3), "x"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cut a character");
        assertThat(text()).isEqualTo(TEXT);
        assertThat(codings()).hasSize(1);
    }

    @Test
    void pageStartsAfterTheEditMove() {
        TextEdit edit = new TextEdit(new TextRange(5, 10), "ab");
        assertThat(edit.mapStart(3)).isEqualTo(3);
        assertThat(edit.mapStart(7)).isEqualTo(5);
        assertThat(edit.mapStart(12)).isEqualTo(9);
        assertThat(edit.map(new TextRange(2, 7))).isEqualTo(new TextRange(2, 7));
        assertThat(new TextEdit(new TextRange(0, 0), "a\r\nb").replacement()).isEqualTo("a\nb");
    }
}
