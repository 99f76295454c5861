package org.glose.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.model.Code;
import org.glose.core.model.CodeDetails;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.project.ProjectProblemException;
import org.glose.core.text.TextRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2ProjectStoreTest {

    @TempDir
    Path dir;

    private Path folder() {
        return dir.resolve("project");
    }

    @Test
    void migratesANewProjectToTheCurrentSchemaAndKeepsItsName() throws Exception {
        try (OpenProject p = TestProjects.create(folder())) {
            assertThat(p.name()).isEqualTo("Test");
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder().resolve("glose"), "", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("1");
        }
    }

    @Test
    void keepsTextPagesAndOriginalBytesAcrossReopening() {
        long id;
        try (OpenProject p = TestProjects.create(folder())) {
            id = TestProjects.addPagedDocument(p, "report.pdf", TestProjects.TEXT, List.of(0, 34)).id();
        }
        try (OpenProject p = new OpenProject(H2ProjectStore.open(folder()))) {
            Document d = p.read(tx -> tx.documents().byId(id)).orElseThrow();
            assertThat(d.pages()).isEqualTo(2);
            assertThat(d.length()).isEqualTo(TestProjects.TEXT.length());
            String text = p.read(tx -> tx.documents().text(id));
            assertThat(text).isEqualTo(TestProjects.TEXT);
            List<Integer> pages = p.read(tx -> tx.documents().pageStarts(id));
            assertThat(pages).containsExactly(0, 34);
            byte[] original = p.read(tx -> tx.documents().original(id));
            assertThat(new String(original, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(TestProjects.TEXT);
        }
    }

    @Test
    void deletingADocumentCascadesToItsCodingsAndPages() {
        try (OpenProject p = TestProjects.create(folder())) {
            Document d = TestProjects.addPagedDocument(p, "a.pdf", TestProjects.TEXT, List.of(0, 10));
            Code code = p.execute(new CreateCode(null, "Communs", CodeDetails.colour("#009E73")));
            p.execute(new ApplyCode(d.id(), code.id(), "camille", TextRange.of(0, 10)));
            p.execute(new org.glose.core.document.DeleteDocument(d.id()));
            List<Coding> left = p.read(tx -> tx.codings().list(CodingFilter.ALL));
            assertThat(left).isEmpty();
            java.util.Optional<Document> gone = p.read(tx -> tx.documents().byName("a.pdf"));
            assertThat(gone).isEmpty();
        }
    }

    @Test
    void aFailingActionRollsBackEverythingItDid() {
        try (OpenProject p = TestProjects.create(folder())) {
            Document d = TestProjects.addDocument(p, "a.txt", TestProjects.TEXT);
            Code code = p.execute(new CreateCode(null, "Communs", null));
            assertThatThrownBy(() -> p.execute(new org.glose.core.coding.ImportCodings(List.of(
                    new org.glose.core.coding.CodingRow(2, "a.txt", 0, 5, "Communs", "camille"),
                    new org.glose.core.coding.CodingRow(3, "a.txt", 0, 5000, "Communs", "camille")))))
                    .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Line 3:");
            List<Coding> codings = p.read(tx -> tx.codings().list(CodingFilter.ALL));
            assertThat(codings).isEmpty();
            assertThat(p.history().nextUndo()).contains("New code \"Communs\"");
            assertThat(code.id()).isPositive();
            assertThat(d.id()).isPositive();
        }
    }

    @Test
    void theStoreItselfRefusesRangesOutsideTheTextOrSplittingACharacter() {
        try (OpenProject p = TestProjects.create(folder())) {
            Document d = TestProjects.addDocument(p, "a.txt", TestProjects.TEXT);
            Code code = p.execute(new CreateCode(null, "C", null));
            int emoji = TestProjects.TEXT.indexOf("😀");
            assertThatThrownBy(() -> p.read(tx -> tx.codings().insert(d.id(), code.id(),
                    tx.coders().ensure("x").id(), TextRange.of(0, emoji + 1), "g", tx.now())))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("splits a character");
            assertThatThrownBy(() -> p.execute(new ApplyCode(d.id(), code.id(), "x",
                    TextRange.of(0, TestProjects.TEXT.length() + 1))))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("outside");
        }
    }

    @Test
    void aCodeWithSubCodesCannotBeRemovedByTheDatabaseAlone() {
        try (OpenProject p = TestProjects.create(folder())) {
            Code parent = p.execute(new CreateCode(null, "Communs", null));
            p.execute(new CreateCode(parent.id(), "1. Limites", null));
            assertThatThrownBy(() -> p.read(tx -> {
                tx.codes().delete(parent.id());
                return null;
            })).isInstanceOf(StoreException.class);
        }
    }

    @Test
    void aSecondOpenOfTheSameProjectIsRefusedClearly() {
        try (OpenProject first = TestProjects.create(folder())) {
            assertThatThrownBy(() -> H2ProjectStore.open(folder()))
                    .isInstanceOf(ProjectProblemException.class)
                    .hasMessageContaining("already open");
        }
    }

    @Test
    void aMissingProjectIsRefusedWithoutCreatingAnything() {
        Path missing = dir.resolve("nothing-here");
        assertThatThrownBy(() -> H2ProjectStore.open(missing))
                .isInstanceOf(ProjectProblemException.class).hasMessageContaining("no Glose project");
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void aProjectFromANewerGloseIsRefusedAndLeftUntouched() throws Exception {
        TestProjects.create(folder()).close();
        String url = "jdbc:h2:file:" + folder().resolve("glose");
        try (Connection c = DriverManager.getConnection(url, "", "")) {
            c.createStatement().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", "
                    + "\"success\") VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test', 1, TRUE)");
        }
        long sizeBefore = Files.size(ProjectFolder.databaseFile(folder()));
        assertThatThrownBy(() -> H2ProjectStore.open(folder()))
                .isInstanceOf(ProjectProblemException.class).hasMessageContaining("newer version of Glose");
        try (Connection c = DriverManager.getConnection(url, "", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\"")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(99);
        }
        assertThat(sizeBefore).isPositive();
    }

    @Test
    void aProjectOfTheFirstSchemaIsBackedUpThenGivenTheHistoryOfChanges() throws Exception {
        Files.createDirectories(folder());
        String url = "jdbc:h2:file:" + folder().resolve("glose");
        org.flywaydb.core.Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration")
                .placeholders(Dialect.H2.placeholders()).target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "", "")) {
            c.createStatement().execute("INSERT INTO project_meta (meta_key, meta_value) VALUES ('name', 'Ancien')");
        }
        try (OpenProject p = new OpenProject(H2ProjectStore.open(folder()))) {
            assertThat(p.name()).isEqualTo("Ancien");
            p.execute(new CreateCode(null, "Communs", null));
            List<org.glose.core.project.ChangeEntry> history = p.read(tx -> tx.history().list(
                    org.glose.core.project.HistoryFilter.ALL));
            assertThat(history).hasSize(1);
        }
        try (var backups = Files.list(ProjectFolder.backups(folder()))) {
            assertThat(backups.map(f -> f.getFileName().toString()))
                    .singleElement().asString().startsWith("before-migration-from-V1-");
        }
    }

    @Test
    void aCreateRefusesAFolderThatAlreadyHoldsAProject() {
        TestProjects.create(folder()).close();
        assertThatThrownBy(() -> H2ProjectStore.create(folder(), "again"))
                .isInstanceOf(ProjectProblemException.class).hasMessageContaining("already a Glose project");
    }
}
