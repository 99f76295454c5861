package org.glose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.model.Code;
import org.glose.core.model.Document;
import org.glose.core.project.OpenProject;
import org.glose.core.text.TextRange;
import org.glose.store.ServerDatabases;
import org.glose.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a team project URL (skipped without the PostgreSQL test server). */
class TeamProjectCommandsTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final ServerDatabases server = new ServerDatabases();
    private String url;

    @Test
    void copyToTheServerThenWorkOnItByUrlAndBack() {
        url = server.fresh();
        Path folder = dir.resolve("p");
        try (OpenProject p = TestProjects.create(folder)) {
            TestProjects.addDocument(p, "a.txt", TestProjects.TEXT);
            p.execute(new CreateCode(null, "Communs", null));
        }
        Cli.Result copied = Cli.run("copy", folder, url);
        assertThat(copied.exit()).isEqualTo(GloseCli.OK);
        assertThat(new String(copied.stdout(), StandardCharsets.UTF_8)).contains("1 document(s), 1 code(s)")
                .doesNotContain("password=");

        assertThat(Cli.run("code", url, "--document", "a.txt", "--code", "Communs", "--start", "0", "--end", "5").exit()).isEqualTo(GloseCli.OK);
        Cli.Result codings = Cli.run("codings", url);
        assertThat(codings.exit()).isEqualTo(GloseCli.OK);
        assertThat(new String(codings.stdout(), StandardCharsets.UTF_8)).contains("Communs");

        Cli.Result again = Cli.run("copy", folder, url);
        assertThat(again.exit()).isEqualTo(3);
        assertThat(again.err()).contains("already a Glose project");

        Cli.Result snapshot = Cli.run("snapshot", "create", url);
        assertThat(snapshot.exit()).isEqualTo(3);
        assertThat(snapshot.err()).contains("the server's job").doesNotContain("password=");

        Path back = dir.resolve("back");
        assertThat(Cli.run("copy", url, back).exit()).isEqualTo(GloseCli.OK);
        assertThat(new String(Cli.run("codings", back).stdout(), StandardCharsets.UTF_8)).contains("Communs");
    }

    @Test
    void importQdpxAndMergeTakeAUrlLikeTheOtherCommandsAndDecryptOrSnapshotListSayWhoseJobItIs() {
        url = server.fresh();
        Path folder = dir.resolve("p");
        try (OpenProject p = TestProjects.create(folder)) {
            Document d = TestProjects.addDocument(p, "a.txt", TestProjects.TEXT);
            Code code = p.execute(new CreateCode(null, "Communs", null));
            p.execute(new ApplyCode(d.id(), code.id(), "camille", TextRange.of(0, 5)));
        }
        Path qdpx = dir.resolve("p.qdpx");
        Cli.run("export", folder, "--format", "qdpx", "--out", qdpx).exits(0);

        assertThat(Cli.run("import-qdpx", qdpx, url).exits(0).out()).contains("Created the project in jdbc:postgresql://")
                .doesNotContain("password=");
        assertThat(Cli.run("codings", url).exits(0).out()).contains("Communs");
        assertThat(Cli.run("import-qdpx", qdpx, url).exits(3).err()).contains("already a Glose project");

        assertThat(Cli.run("decrypt", url).exits(3).err()).contains("the server's job")
                .doesNotContain("There is no Glose project").doesNotContain("password=");
        assertThat(Cli.run("snapshot", "list", url).exits(3).err()).contains("the server's job");

        Path mine = dir.resolve("mine");
        TestProjects.create(mine).close();
        assertThat(Cli.run("merge", mine, url).exits(0).out()).contains("Communs").doesNotContain("password=");
        assertThat(Cli.run("codings", mine).exits(0).out()).contains("Communs");
        assertThat(Cli.run("merge", url, url).exits(2).err()).contains("cannot be merged into itself");
    }
}
