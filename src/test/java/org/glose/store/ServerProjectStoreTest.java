package org.glose.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.coding.ResizeCoding;
import org.glose.core.coding.UpdateCode;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.project.ProjectProblemException;
import org.glose.core.text.TextRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Team projects on the PostgreSQL test server: several clients at once (skipped without a server). */
class ServerProjectStoreTest {

    @RegisterExtension
    final ServerDatabases server = new ServerDatabases();
    private String url;

    @BeforeEach
    void freshDatabase() {
        url = server.fresh();
    }

    private OpenProject client() {
        return new OpenProject(ProjectStores.open(Path.of(url), null));
    }

    @Test
    void aProjectMadeOnTheServerOpensAgainWithItsNameAndTextUnchanged() {
        long id;
        try (OpenProject p = new OpenProject(ProjectStores.create(Path.of(url), "Entretiens", null))) {
            id = TestProjects.addDocument(p, "a.txt", TestProjects.TEXT).id();
        }
        try (OpenProject p = client()) {
            assertThat(p.name()).isEqualTo("Entretiens");
            String text = p.read(tx -> tx.documents().text(id));
            byte[] original = p.read(tx -> tx.documents().original(id));
            assertThat(text).isEqualTo(TestProjects.TEXT);
            assertThat(original).isEqualTo(TestProjects.TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(p.location().toString()).doesNotContain("password");
        }
    }

    @Test
    void offsetsAreUtf16UnitsOnTheServerToo() {
        try (OpenProject p = new OpenProject(ProjectStores.create(Path.of(url), "T", null))) {
            Document d = TestProjects.addDocument(p, "a.txt", TestProjects.TEXT);
            Code code = p.execute(new CreateCode(null, "Emoji", null));
            int emoji = TestProjects.TEXT.indexOf("😀");
            assertThatThrownBy(() -> p.execute(new ApplyCode(d.id(), code.id(), "camille",
                    TextRange.of(emoji + 1, emoji + 5)))).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("splits a character");
            p.execute(new ApplyCode(d.id(), code.id(), "camille", TextRange.of(emoji, emoji + 2)));
            assertThat(p.read(tx -> tx.history().list(org.glose.core.project.HistoryFilter.ofCode(code.id())))
                    .get(0).detail()).isEqualTo("« 😀 »");
        }
    }

    @Test
    void twoClientsCodingTheSameCodeAtOnceLoseNothingAndSeeEachOther() throws Exception {
        Document d;
        Code code;
        try (OpenProject p = new OpenProject(ProjectStores.create(Path.of(url), "T", null))) {
            d = TestProjects.addDocument(p, "a.txt", TestProjects.TEXT);
            code = p.execute(new CreateCode(null, "Communs", null));
        }
        int each = 60;
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (OpenProject camille = client(); OpenProject yanis = client()) {
            List<Future<?>> runs = new ArrayList<>();
            for (OpenProject[] who : new OpenProject[][] {{camille}, {yanis}}) {
                String coder = who[0] == camille ? "camille" : "yanis";
                runs.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        who[0].execute(new ApplyCode(d.id(), code.id(), coder, TextRange.of(i % 30, i % 30 + 3)));
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            List<Coding> seenByCamille = camille.read(tx -> tx.codings().list(CodingFilter.ofCode(code.id())));
            List<Coding> seenByYanis = yanis.read(tx -> tx.codings().list(CodingFilter.ofCode(code.id())));
            assertThat(seenByCamille).hasSize(2 * each);
            assertThat(seenByYanis).containsExactlyElementsOf(seenByCamille);
            long yanisId = camille.read(tx -> tx.coders().byName("yanis")).orElseThrow().id();
            assertThat(seenByCamille.stream().filter(c -> c.coderId() == yanisId)).hasSize(each);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void editingTheSameCodeFromTwoClientsIsRefusedNotOverwritten() {
        Code code;
        try (OpenProject p = new OpenProject(ProjectStores.create(Path.of(url), "T", null))) {
            code = p.execute(new CreateCode(null, "Communs", null));
        }
        try (OpenProject camille = client(); OpenProject yanis = client()) {
            Code seenByCamille = camille.read(tx -> tx.codes().byId(code.id())).orElseThrow();
            Code seenByYanis = yanis.read(tx -> tx.codes().byId(code.id())).orElseThrow();
            camille.execute(UpdateCode.rename(seenByCamille, "Biens communs"));
            assertThatThrownBy(() -> yanis.execute(UpdateCode.recolour(seenByYanis, "#E69F00")))
                    .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("another coder");
            Code now = yanis.read(tx -> tx.codes().byId(code.id())).orElseThrow();
            assertThat(now.name()).isEqualTo("Biens communs");
            assertThat(yanis.history().nextUndo()).isEmpty();
            // once Yanis has seen Camille's change, his own goes through on top of it
            yanis.execute(UpdateCode.recolour(now, "#E69F00"));
            Code last = camille.read(tx -> tx.codes().byId(code.id())).orElseThrow();
            assertThat(last.name()).isEqualTo("Biens communs");
            assertThat(last.details().colour()).isEqualTo("#E69F00");
        }
    }

    @Test
    void resizingTheSameCodingFromTwoClientsIsRefusedNotOverwritten() {
        Coding coding;
        try (OpenProject p = new OpenProject(ProjectStores.create(Path.of(url), "T", null))) {
            Document d = TestProjects.addDocument(p, "a.txt", TestProjects.TEXT);
            Code code = p.execute(new CreateCode(null, "Communs", null));
            coding = p.execute(new ApplyCode(d.id(), code.id(), "camille", TextRange.of(0, 5)));
        }
        try (OpenProject camille = client(); OpenProject yanis = client()) {
            camille.read(tx -> tx.codings().list(CodingFilter.ALL));
            yanis.read(tx -> tx.codings().list(CodingFilter.ALL));
            camille.execute(new ResizeCoding(coding.id(), TextRange.of(0, 10)));
            assertThatThrownBy(() -> yanis.execute(new ResizeCoding(coding.id(), TextRange.of(0, 3))))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThat(yanis.read(tx -> tx.codings().byId(coding.id())).orElseThrow().range())
                    .isEqualTo(TextRange.of(0, 10));
        }
    }

    @Test
    void aDatabaseWithoutAProjectOrAWrongPasswordIsRefusedWithAMessage() {
        assertThatThrownBy(this::client).isInstanceOf(ProjectProblemException.class)
                .hasMessageContaining("There is no Glose project in");
        String wrong = url.replaceAll("password=[^&]*", "password=not-this-one");
        assertThatThrownBy(() -> ProjectStores.open(Path.of(wrong), null))
                .isInstanceOf(ServerPasswordException.class).hasMessageContaining("refused the password")
                .hasMessageNotContaining("not-this-one");
        String missing = PgTestServer.withDatabase(url, "glose_no_such_db");
        assertThatThrownBy(() -> ProjectStores.open(Path.of(missing), null))
                .isInstanceOf(ProjectProblemException.class).hasMessageContaining("has no database");
    }
}
