package org.glose.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glose.cli.GloseCli;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.model.Code;
import org.glose.core.model.Document;
import org.glose.core.project.OpenProject;
import org.glose.core.text.TextRange;
import org.glose.store.ProjectFolder;
import org.glose.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** glose snapshot, history, encrypt and decrypt, and --password-file, through the real command line. */
class SafetyCommandsTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run glose(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int exit = GloseCli.run(strings, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    private Path project() {
        Path folder = dir.resolve("p");
        try (OpenProject p = TestProjects.create(folder)) {
            Document d = TestProjects.addDocument(p, "entretien.txt", TestProjects.TEXT);
            Code code = p.execute(new CreateCode(null, "Communs", null));
            p.setActor("camille");
            p.execute(new ApplyCode(d.id(), code.id(), "camille", TextRange.of(3, 10)));
        }
        return folder;
    }

    @Test
    void snapshotsAreTakenListedAndRestoredAndAnUnknownOneIsRefused() {
        Path p = project();
        Run created = glose("snapshot", "create", p);
        assertThat(created.exit()).isZero();
        assertThat(created.out()).startsWith("Took the snapshot ");
        String id = created.out().substring("Took the snapshot ".length(), created.out().indexOf(" ("));
        Run list = glose("snapshot", "list", p, "--json");
        assertThat(list.out()).contains("\"id\": \"" + id + "\"", "\"kind\": \"manual\"");
        Run restored = glose("snapshot", "restore", p, id);
        assertThat(restored.exit()).isZero();
        assertThat(restored.out()).startsWith("Restored the snapshot " + id + " into " + p + ". The project as it "
                + "was is kept as the snapshot ");
        Run unknown = glose("snapshot", "restore", p, "1999");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("There is no snapshot 1999");
    }

    @Test
    void aDamagedProjectNamesTheCommandThatRestoresIt() throws Exception {
        Path p = project();
        glose("snapshot", "create", p);
        Files.write(ProjectFolder.databaseFile(p), new byte[0]);
        Run documents = glose("documents", p);
        assertThat(documents.exit()).isEqualTo(3);
        assertThat(documents.err()).contains("is damaged (the file is empty)", "glose snapshot restore " + p + " ");
    }

    @Test
    void theHistoryOfACodeIsPrintedNewestFirst() {
        Path p = project();
        Run history = glose("history", p, "--code", "Communs");
        assertThat(history.exit()).isZero();
        assertThat(history.out().lines()).hasSize(3);
        assertThat(history.out().lines().skip(1).findFirst().orElseThrow())
                .contains("camille", "coded", "entretien.txt", "[3, 10)", "Communs", "« donnée »");
        Run json = glose("history", p, "--document", "entretien.txt", "--json", "--limit", "1");
        assertThat(json.out()).contains("\"kind\": \"coded\"", "\"actor\": \"camille\"", "\"start\": 3");
    }

    @Test
    void anEncryptedProjectNeedsItsPasswordAndExportsSayTheyAreInClear() throws Exception {
        Path p = project();
        Path password = Files.writeString(dir.resolve("pw.txt"), "un mot de passe\n");
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "faux\n");
        assertThat(glose("encrypt", p, "--password-file", password).exit()).isZero();
        Run without = glose("documents", p);
        assertThat(without.exit()).isEqualTo(3);
        assertThat(without.err()).contains("is encrypted: give its password with --password-file F");
        Run bad = glose("documents", p, "--password-file", wrong);
        assertThat(bad.exit()).isEqualTo(3);
        assertThat(bad.err()).isEqualTo("The password is wrong." + System.lineSeparator());
        Run good = glose("documents", p, "--password-file", password);
        assertThat(good.exit()).isZero();
        assertThat(good.out()).contains("entretien.txt");
        Path report = dir.resolve("rapport.html");
        Run exported = glose("report", p, "--out", report, "--password-file", password);
        assertThat(exported.exit()).isZero();
        assertThat(exported.err()).contains("Warning: the project is encrypted, but " + report + " is not");
        assertThat(glose("decrypt", p, "--password-file", password).exit()).isZero();
        assertThat(glose("documents", p).exit()).isZero();
    }
}
