package org.glose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.glose.core.coding.CreateCode;
import org.glose.core.project.OpenProject;
import org.glose.store.PgTestServer;
import org.glose.store.TestProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a team project URL (skipped without the PostgreSQL test server). */
class TeamProjectCommandsTest {

    @TempDir
    Path dir;
    private String url;

    @AfterEach
    void dropIt() {
        if (url != null) {
            PgTestServer.drop(url);
        }
    }

    @Test
    void copyToTheServerThenWorkOnItByUrlAndBack() {
        url = PgTestServer.freshDatabase();
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
}
