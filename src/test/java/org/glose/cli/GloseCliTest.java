package org.glose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.glose.core.project.OpenProject;
import org.glose.store.H2ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help, version, usage errors and project problems: the exit codes scripts rely on. */
class GloseCliTest {

    @TempDir
    Path dir;

    @Test
    void helpAndVersionExitZero() {
        Cli.Result help = Cli.run("--help").exits(0);
        assertThat(help.out()).contains("Usage: glose", "codings", "attributes", "Exit codes");
        assertThat(Cli.run("code", "--help").exits(0).out()).contains("--document", "--start", "--end", "--code");
        assertThat(Cli.run("codings", "import", "--help").exits(0).out()).contains("document,start,end,code");
        assertThat(Cli.run("help", "codes").exits(0).out()).contains("Usage: glose codes");
        assertThat(Cli.run("--version").exits(0).out()).startsWith("glose ");
    }

    @Test
    void usageErrorsExitOne() {
        Cli.Result unknown = Cli.run("frobnicate", "x").exits(1);
        assertThat(unknown.err()).contains("'frobnicate' is not a glose command.");
        assertThat(unknown.out()).isEmpty();
        assertThat(Cli.run("codez", dir).exits(1).err()).contains("codes");   // a suggestion
        assertThat(Cli.run("documents", dir, "--jsn").exits(1).err()).contains("Unknown option");
        assertThat(Cli.run("documents").exits(1).err()).contains("PROJECT");
        assertThat(Cli.run("code", dir, "--document", "d", "--start", "1", "--end", "2").exits(1).err())
                .contains("--code");
        assertThat(Cli.run("code", dir, "--document", "d", "--start", "one", "--end", "2", "--code", "c")
                .exits(1).err()).contains("--start");
        assertThat(Cli.run("codebook").exits(1).err()).contains("import");
        assertThat(Cli.run("codings").exits(1).err()).contains("Missing required parameter: 'PROJECT'");
        assertThat(Cli.run("codings", "import", dir).exits(1).err()).contains("FILE");
        assertThat(Cli.run().exits(1).err()).isNotEmpty();
    }

    @Test
    void aMissingProjectExitsThree() {
        Cli.Result r = Cli.run("documents", dir.resolve("nowhere")).exits(3);
        assertThat(r.err().strip()).isEqualTo("There is no Glose project at " + dir.resolve("nowhere") + ".");
    }

    @Test
    void initRefusesAnExistingProject() {
        Path project = dir.resolve("p");
        assertThat(Cli.run("init", project, "--name", "Ma thèse").exits(0).out()).contains("Ma thèse");
        assertThat(Cli.run("init", project).exits(3).err()).contains("already a Glose project");
        assertThat(Cli.run("documents", project, "--json").exits(0).json()).isEmpty();
    }

    @Test
    void aProjectOpenElsewhereExitsThree() {
        Path project = dir.resolve("p");
        Cli.run("init", project).exits(0);
        try (OpenProject held = new OpenProject(H2ProjectStore.open(project))) {
            Cli.Result r = Cli.run("documents", project).exits(3);
            assertThat(r.err()).contains("already open").contains("close it there first");
            assertThat(r.err().lines()).hasSize(1);
            assertThat(held.name()).isEqualTo("p");
        }
        Cli.run("documents", project).exits(0);
    }

    @Test
    void unexpectedFailuresAreOneSentenceAndExitFour() {
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = GloseCli.failure(new IllegalStateException("boom\nsecond line"), new java.io.PrintWriter(err));
        assertThat(exit).isEqualTo(4);
        assertThat(err.toString().strip()).isEqualTo("Glose failed: boom");
    }
}
