package org.glose.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.glose.core.project.Applied;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.Command;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.project.Tx;
import org.glose.core.text.TextRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two coders on one team project deleting what the other changed (skipped without a server). */
class ServerConflictsTest {

    @RegisterExtension
    final ServerDatabases server = new ServerDatabases();
    private String url;
    private Document document;
    private Code code;
    private Coding coding;

    @BeforeEach
    void aProjectWithOneCoding() {
        url = server.fresh();
        try (OpenProject p = new OpenProject(ProjectStores.create(Path.of(url), "T", null))) {
            document = TestProjects.addDocument(p, "a.txt", TestProjects.TEXT);
            code = p.execute(new CreateCode(null, "Communs", null));
            coding = p.execute(new ApplyCode(document.id(), code.id(), "camille", TextRange.of(0, 5)));
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
    void twoCodersCreatingTheSameCodeAtTheSameMomentGetOneCodeAndTheSecondAMessage() throws Exception {
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        // Camille's transaction stays open after its insert, so that Yanis' own check cannot see her code yet
        Command<Code> slowCreate = new Command<>() {
            @Override
            public String label() {
                return "Create « Confiance »";
            }

            @Override
            public Applied<Code> apply(Tx tx) {
                Applied<Code> created = new CreateCode(null, "Confiance", null).apply(tx);
                inserted.countDown();
                try {
                    commit.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return created;
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (OpenProject camille = client(); OpenProject yanis = client()) {
            Future<Code> hers = pool.submit(() -> camille.execute(slowCreate));
            inserted.await();
            Future<Code> his = pool.submit(() -> yanis.execute(new CreateCode(null, "Confiance", null)));
            PgTestServer.awaitSessionWaitingOnALock(url);
            commit.countDown();
            assertThat(hers.get().name()).isEqualTo("Confiance");
            assertThatThrownBy(his::get).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("There is already a code named \"Confiance\" here")
                    .hasMessageContaining("Nothing was saved");
            assertThat(yanis.read(tx -> tx.codes().list()).stream().filter(c -> c.name().equals("Confiance")))
                    .hasSize(1);
            assertThat(yanis.history().nextUndo()).isEmpty();
        } finally {
            pool.shutdownNow();
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
