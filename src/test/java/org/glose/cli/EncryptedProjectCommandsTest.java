package org.glose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that open a project without being a plain ProjectCommand still take its password. */
class EncryptedProjectCommandsTest {

    @TempDir
    Path dir;

    Path encrypted;
    Path password;

    @BeforeEach
    void anEncryptedProjectWithOneCoding() throws Exception {
        encrypted = dir.resolve("secret");
        Cli.run("init", encrypted).exits(0);
        Cli.run("import", encrypted, Cli.sample(Cli.TXT)).exits(0);
        Cli.run("codebook", "import", encrypted, Cli.sampleCodebook()).exits(0);
        Cli.run("code", encrypted, "--document", Cli.TXT, "--start", 0, "--end", 10, "--code", "Communs").exits(0);
        password = Files.writeString(dir.resolve("pw.txt"), "un mot de passe\n");
        Cli.run("encrypt", encrypted, "--password-file", password).exits(0);
    }

    @Test
    void codingsListsAnEncryptedProjectWithItsPassword() {
        assertThat(Cli.run("codings", encrypted).exits(3).err()).contains("--password-file");
        assertThat(Cli.run("codings", encrypted, "--password-file", password, "--json").exits(0).json())
                .hasSize(1);
    }

    @Test
    void mergeReadsAnEncryptedOtherProjectWithItsPassword() {
        Path mine = dir.resolve("mine");
        Cli.run("init", mine).exits(0);
        assertThat(Cli.run("merge", mine, encrypted, "--dry-run").exits(3).err()).contains("encrypted");
        assertThat(Cli.run("merge", mine, encrypted, "--other-password-file", password, "--json").exits(0).json()
                .get("codings_added").asInt()).isEqualTo(1);
        assertThat(Cli.run("codings", mine, "--json").exits(0).json()).hasSize(1);
    }
}
