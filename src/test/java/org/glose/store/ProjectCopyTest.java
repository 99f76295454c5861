package org.glose.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.glose.core.cases.AssignCase;
import org.glose.core.cases.AttributeRow;
import org.glose.core.cases.ImportAttributes;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.coding.MoveCode;
import org.glose.core.coding.RemoveCoding;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.OpenProject;
import org.glose.core.project.ProjectProblemException;
import org.glose.core.text.TextRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** glose copy: a folder to a PostgreSQL database and back gives the same project, row for row. */
class ProjectCopyTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final ServerDatabases server = new ServerDatabases();
    private String url;

    @Test
    void aFolderCopiedToTheServerAndBackIsTheSameProject() throws Exception {
        Path source = dir.resolve("source");
        fill(source);
        url = server.fresh();
        Map<String, Integer> there = ProjectCopy.copy(source, null, Path.of(url), null);
        assertThat(there).containsEntry("coding", 3).containsEntry("code", 3).containsEntry("document", 2);
        Path back = dir.resolve("back");
        ProjectCopy.copy(Path.of(url), null, back, null);

        assertThat(dump(back)).isEqualTo(dump(source));
        try (OpenProject p = new OpenProject(H2ProjectStore.open(back))) {
            // the copy goes on like the original: new ids follow the copied ones
            Code more = p.execute(new CreateCode(null, "Encore", null));
            assertThat(more.id()).isGreaterThan(3);
        }
        try (OpenProject onServer = new OpenProject(ProjectStores.open(Path.of(url), null))) {
            Document d = onServer.read(tx -> tx.documents().byName("b.pdf")).orElseThrow();
            List<Integer> pages = onServer.read(tx -> tx.documents().pageStarts(d.id()));
            assertThat(pages).containsExactly(0, 34);
            Code more = onServer.execute(new CreateCode(null, "Encore", null));
            assertThat(more.id()).isGreaterThan(3);
        }
    }

    @Test
    void aTargetThatAlreadyHoldsAProjectIsRefusedUntouched() {
        Path source = dir.resolve("source");
        fill(source);
        url = server.fresh();
        ProjectCopy.copy(source, null, Path.of(url), null);
        assertThatThrownBy(() -> ProjectCopy.copy(source, null, Path.of(url), null))
                .isInstanceOf(ProjectProblemException.class).hasMessageContaining("already a Glose project");
        assertThatThrownBy(() -> ProjectCopy.copy(Path.of(url), null, source, null))
                .isInstanceOf(ProjectProblemException.class).hasMessageContaining("already a Glose project");
        assertThatThrownBy(() -> ProjectCopy.copy(source, null, dir.resolve("other"), null))
                .isInstanceOf(org.glose.core.project.InvalidInputException.class);
    }

    /** A project with every kind of row: documents with originals and pages, a moved code, memos, cases... */
    private static void fill(Path folder) {
        try (H2ProjectStore store = H2ProjectStore.create(folder, "Copie")) {
            OpenProject p = new OpenProject(store);
            Document a = TestProjects.addDocument(p, "a.txt", TestProjects.TEXT);
            TestProjects.addPagedDocument(p, "b.pdf", TestProjects.TEXT, List.of(0, 34));
            Code child = p.execute(new CreateCode(null, "Enfant", null));
            Code parent = p.execute(new CreateCode(null, "Parent", null));
            p.execute(new MoveCode(child.id(), parent.id()));   // a parent with a higher id than its child
            Code other = p.execute(new CreateCode(null, "Autre", null));
            Coding kept = p.execute(new ApplyCode(a.id(), child.id(), "camille", TextRange.of(0, 5)));
            p.execute(new ApplyCode(a.id(), other.id(), "yanis", TextRange.of(3, 12)));
            Coding gone = p.execute(new ApplyCode(a.id(), parent.id(), "yanis", TextRange.of(1, 2)));
            p.execute(new RemoveCoding(gone.id()));
            p.execute(new ApplyCode(a.id(), parent.id(), "yanis", TextRange.of(34, 40)));
            p.execute(new AssignCase("Camille", a.id()));
            p.execute(new ImportAttributes(List.of(new AttributeRow(1, "Camille", "âge", "34"))));
            store.write(tx -> tx.memos().insert("Note", "Un mémo 😀", a.id(), null, kept.id(), null, "memo-guid",
                    Instant.parse("2025-01-14T10:00:00Z")));
            store.write(tx -> tx.savedQueries().insert("communs", "query: commun", Instant.now()));
        }
    }

    /** Every row of every table, as text, sorted: two projects are the same when these are equal. */
    private static Map<String, List<String>> dump(Path folder) throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("glose") + ";IFEXISTS=TRUE",
                "", "")) {
            for (String table : TableCopy.tables(c)) {
                List<String> rows = new ArrayList<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            row.append(meta.getColumnLabel(i)).append('=').append(v instanceof byte[] b
                                    ? java.util.HexFormat.of().formatHex(b) : v instanceof java.sql.Clob clob
                                    ? clob.getSubString(1, (int) clob.length()) : v instanceof java.sql.Blob blob
                                    ? java.util.HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()))
                                    : String.valueOf(v)).append(" | ");
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        }
        return tables;
    }
}
