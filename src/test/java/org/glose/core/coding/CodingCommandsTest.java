package org.glose.core.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.model.Code;
import org.glose.core.model.CodeDetails;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.text.TextRange;
import org.glose.store.TestProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coding commands and their undo, on a real project file. */
class CodingCommandsTest {

    @TempDir
    Path dir;
    OpenProject project;
    Document doc;
    Code communs;
    Code principle;
    Code panoptique;

    @BeforeEach
    void setUp() {
        project = TestProjects.create(dir.resolve("p"));
        doc = TestProjects.addDocument(project, "etude.txt", TestProjects.TEXT);
        communs = project.execute(new CreateCode(null, "Communs", CodeDetails.colour("#009E73")));
        principle = project.execute(new CreateCode(communs.id(), "3. Choix collectifs", null));
        panoptique = project.execute(new CreateCode(null, "Panoptique", CodeDetails.colour("#E69F00")));
        project.history().clear();
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private List<Coding> codings() {
        return project.read(tx -> tx.codings().list(CodingFilter.ALL));
    }

    private Codebook codebook() {
        return project.read(tx -> tx.codes().codebook());
    }

    @Test
    void codingAPassageStoresItsRangeCodeAndCoderAndUndoRedoRoundTrips() {
        Coding c = project.execute(new ApplyCode(doc.id(), communs.id(), "camille", TextRange.of(3, 16)));
        assertThat(c.range().of(TestProjects.TEXT)).isEqualTo("donnée publiq");
        assertThat(project.read(tx -> tx.coders().byId(c.coderId())).orElseThrow().name()).isEqualTo("camille");
        assertThat(project.history().nextUndo()).isPresent();

        assertThat(project.undo()).isPresent();
        assertThat(codings()).isEmpty();
        assertThat(project.redo()).isPresent();
        assertThat(codings()).singleElement().satisfies(back -> {
            assertThat(back.id()).isEqualTo(c.id());
            assertThat(back.guid()).isEqualTo(c.guid());
            assertThat(back.range()).isEqualTo(c.range());
        });
    }

    @Test
    void theSamePassageMayBeCodedTwiceAndEachCodingIsItsOwn() {
        project.execute(new ApplyCode(doc.id(), communs.id(), "camille", TextRange.of(0, 10)));
        project.execute(new ApplyCode(doc.id(), communs.id(), "camille", TextRange.of(0, 10)));
        project.execute(new ApplyCode(doc.id(), communs.id(), "yanis", TextRange.of(5, 12)));
        assertThat(codings()).hasSize(3);
        assertThat(project.read(tx -> tx.codings().countByCode()).get(communs.id())).isEqualTo(3);
    }

    @Test
    void badRangesAndEmptySelectionsAreRefusedAndChangeNothing() {
        assertThatThrownBy(() -> project.execute(new ApplyCode(doc.id(), communs.id(), "x", TextRange.of(4, 4))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> project.execute(new ApplyCode(doc.id(), communs.id(), "x", TextRange.of(0, 999))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("outside");
        assertThat(codings()).isEmpty();
        assertThat(project.history().nextUndo()).isEmpty();
    }

    @Test
    void uncodeRecodeAndResizeAreUndoable() {
        Coding c = project.execute(new ApplyCode(doc.id(), communs.id(), "camille", TextRange.of(0, 10)));
        project.execute(new RecodeCoding(c.id(), panoptique.id()));
        assertThat(codings().get(0).codeId()).isEqualTo(panoptique.id());
        project.execute(new ResizeCoding(c.id(), TextRange.of(3, 20)));
        assertThat(codings().get(0).range()).isEqualTo(TextRange.of(3, 20));
        project.execute(new RemoveCoding(c.id()));
        assertThat(codings()).isEmpty();

        project.undo();
        assertThat(codings().get(0).range()).isEqualTo(TextRange.of(3, 20));
        project.undo();
        assertThat(codings().get(0).range()).isEqualTo(TextRange.of(0, 10));
        project.undo();
        assertThat(codings().get(0).codeId()).isEqualTo(communs.id());
        assertThatThrownBy(() -> project.execute(new ResizeCoding(c.id(), TextRange.of(0, 9999))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void renamingRefusesADuplicateAmongSiblingsAndMovingRefusesACycle() {
        assertThatThrownBy(() -> project.execute(UpdateCode.rename(panoptique, "communs")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already a code");
        assertThatThrownBy(() -> project.execute(new MoveCode(communs.id(), principle.id())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("under itself");
        project.execute(UpdateCode.rename(panoptique, "Panoptisme"));
        project.execute(new MoveCode(panoptique.id(), communs.id()));
        assertThat(codebook().pathOf(panoptique.id())).isEqualTo("Communs/Panoptisme");
        project.undo();
        project.undo();
        assertThat(codebook().pathOf(panoptique.id())).isEqualTo("Panoptique");
    }

    @Test
    void deletingACodedCodeNeedsAnExplicitChoiceAndUndoRestoresEverythingWithItsIds() {
        Coding onChild = project.execute(new ApplyCode(doc.id(), principle.id(), "camille", TextRange.of(0, 10)));
        assertThatThrownBy(() -> project.execute(new DeleteCode(communs.id(), DeleteCode.Codings.REFUSE)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("choose");
        assertThat(codebook().size()).isEqualTo(3);

        int deleted = project.execute(new DeleteCode(communs.id(), DeleteCode.Codings.DELETE));
        assertThat(deleted).isEqualTo(1);
        assertThat(codebook().size()).isEqualTo(1);
        assertThat(codings()).isEmpty();

        project.undo();
        assertThat(codebook().pathOf(principle.id())).isEqualTo("Communs/3. Choix collectifs");
        assertThat(codings()).singleElement().extracting(Coding::id).isEqualTo(onChild.id());
    }

    @Test
    void deletingASubCodeCanMoveItsCodingsToTheParent() {
        Coding c = project.execute(new ApplyCode(doc.id(), principle.id(), "camille", TextRange.of(0, 10)));
        project.execute(new DeleteCode(principle.id(), DeleteCode.Codings.MOVE_TO_PARENT));
        assertThat(codings()).singleElement().extracting(Coding::codeId).isEqualTo(communs.id());
        project.undo();
        assertThat(codings()).singleElement().satisfies(back -> {
            assertThat(back.id()).isEqualTo(c.id());
            assertThat(back.codeId()).isEqualTo(principle.id());
        });
    }

    @Test
    void mergingMovesCodingsAndSubCodesAndIsOneUndoStep() {
        project.execute(new ApplyCode(doc.id(), communs.id(), "camille", TextRange.of(0, 10)));
        project.execute(new ApplyCode(doc.id(), panoptique.id(), "yanis", TextRange.of(2, 8)));
        int moved = project.execute(new MergeCodes(communs.id(), panoptique.id()));
        assertThat(moved).isEqualTo(1);
        assertThat(codebook().pathOf(principle.id())).isEqualTo("Panoptique/3. Choix collectifs");
        assertThat(codebook().byId(communs.id())).isEmpty();
        assertThat(codings()).extracting(Coding::codeId).containsOnly(panoptique.id());

        project.undo();
        assertThat(codebook().pathOf(principle.id())).isEqualTo("Communs/3. Choix collectifs");
        assertThat(codings()).extracting(Coding::codeId).containsExactlyInAnyOrder(communs.id(), panoptique.id());
        assertThatThrownBy(() -> project.execute(new MergeCodes(communs.id(), principle.id())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void importingCodingsIsAllOrNoneAndNamesTheFirstBadLine() throws Exception {
        String csv = "document,start,end,code,coder\n"
                + "etude.txt,0,10,Communs,camille\n"
                + "etude.txt,3,16,Communs/3. Choix collectifs,yanis\n"
                + "etude.txt,5,2,Panoptique,yanis\n";
        List<CodingRow> rows = CodingsCsv.read(new java.io.StringReader(csv), "me");
        assertThat(rows).extracting(CodingRow::line).containsExactly(2L, 3L, 4L);
        assertThatThrownBy(() -> project.execute(new ImportCodings(rows)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Line 4:");
        assertThat(codings()).isEmpty();

        List<CodingRow> good = rows.subList(0, 2);
        assertThat(project.execute(new ImportCodings(good))).isEqualTo(2);
        assertThat(codings()).hasSize(2);
        project.undo();
        assertThat(codings()).isEmpty();
    }

    @Test
    void csvWithAMissingColumnOrANonNumberIsRefusedClearly() {
        assertThatThrownBy(() -> CodingsCsv.read(new java.io.StringReader("document,start,code\na,1,b\n"), "me"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("\"end\" is missing");
        assertThatThrownBy(() -> CodingsCsv.read(new java.io.StringReader(
                "document,start,end,code\na,1,x,b\n"), "me"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Line 2");
    }

    @Test
    void importingTheSameCodebookTwiceAddsNothingTheSecondTime() {
        List<CodeSpec> specs = List.of(new CodeSpec("Communs", CodeDetails.colour("#009E73"),
                List.of(new CodeSpec("1. Limites clairement définies", null, List.of()))));
        ImportCodebook.Outcome first = project.execute(new ImportCodebook(specs));
        assertThat(first.created()).isEqualTo(1);
        assertThat(first.existing()).isEqualTo(1);
        ImportCodebook.Outcome second = project.execute(new ImportCodebook(specs));
        assertThat(second.created()).isZero();
        project.undo();
        project.undo();
        assertThat(codebook().size()).isEqualTo(3);
    }
}
