package org.glose.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.coding.DeleteCode;
import org.glose.core.coding.RemoveCoding;
import org.glose.core.coding.RemoveCodings;
import org.glose.core.coding.ResizeCoding;
import org.glose.core.coding.UpdateCode;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.OpenProject;
import org.glose.core.text.TextRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two coders on one team project deleting what the other changed (skipped without a server). */
class ServerConflictsTest {

    private String url;
    private Document document;
    private Code code;
    private Coding coding;

    @BeforeEach
    void aProjectWithOneCoding() {
        url = PgTestServer.freshDatabase();
        try (OpenProject p = new OpenProject(ProjectStores.create(Path.of(url), "T", null))) {
            document = TestProjects.addDocument(p, "a.txt", TestProjects.TEXT);
            code = p.execute(new CreateCode(null, "Communs", null));
            coding = p.execute(new ApplyCode(document.id(), code.id(), "camille", TextRange.of(0, 5)));
        }
    }

    @AfterEach
    void dropIt() {
        if (url != null) {
            PgTestServer.drop(url);
        }
    }

    private Optional<Code> codeNow(OpenProject p) {
        return p.read(tx -> tx.codes().byId(code.id()));
    }

    private static List<Coding> codings(OpenProject p) {
        return p.read(tx -> tx.codings().list(CodingFilter.ALL));
    }

    private OpenProject client() {
        return new OpenProject(ProjectStores.open(Path.of(url), null));
    }

    @Test
    void deletingACodeAnotherCoderRenamedMeanwhileIsRefusedAndTheirCodeStays() {
        try (OpenProject camille = client(); OpenProject yanis = client()) {
            Code seenByCamille = codeNow(camille).orElseThrow();
            yanis.read(tx -> tx.codes().list());
            camille.execute(UpdateCode.rename(seenByCamille, "Biens communs"));
            assertThatThrownBy(() -> yanis.execute(new DeleteCode(code.id(), DeleteCode.Codings.DELETE)))
                    .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("another coder")
                    .hasMessageContaining("was not saved");
            assertThat(codeNow(camille)).get()
                    .extracting(Code::name).isEqualTo("Biens communs");
            assertThat(codings(camille)).hasSize(1);
            // once Yanis has seen the new name, he may delete the code
            yanis.read(tx -> tx.codes().list());
            yanis.execute(new DeleteCode(code.id(), DeleteCode.Codings.DELETE));
            assertThat(codeNow(camille)).isEmpty();
        }
    }

    @Test
    void uncodingACodingAnotherCoderResizedMeanwhileIsRefusedAloneOrInABatch() {
        try (OpenProject camille = client(); OpenProject yanis = client()) {
            camille.read(tx -> tx.codings().list(CodingFilter.ALL));
            List<Coding> seenByYanis = yanis.read(tx -> tx.codings().list(CodingFilter.ALL));
            camille.execute(new ResizeCoding(coding.id(), TextRange.of(0, 12)));
            assertThatThrownBy(() -> yanis.execute(new RemoveCoding(coding.id())))
                    .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("another coder");
            assertThatThrownBy(() -> yanis.execute(new RemoveCodings(seenByYanis)))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThat(codings(yanis))
                    .singleElement().extracting(Coding::range).isEqualTo(TextRange.of(0, 12));
            assertThat(yanis.history().nextUndo()).isEmpty();
        }
    }

    @Test
    void uncodingWhatNobodyElseTouchedStillWorksAndUndoBringsItBack() {
        try (OpenProject camille = client(); OpenProject yanis = client()) {
            yanis.read(tx -> tx.codings().list(CodingFilter.ALL));
            camille.execute(new ApplyCode(document.id(), code.id(), "camille", TextRange.of(6, 9)));
            yanis.execute(new RemoveCoding(coding.id()));
            assertThat(codings(camille)).hasSize(1);
            yanis.undo();
            assertThat(codings(camille)).hasSize(2);
        }
    }
}
