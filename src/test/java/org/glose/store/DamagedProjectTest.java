package org.glose.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.OpenProject;
import org.glose.core.project.ProjectDamagedException;
import org.glose.core.text.TextRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A truncated, garbled or overwritten database is refused with a message naming the last snapshot and the
 * command that restores it, never opened as an empty or older project; the restore brings the data back.
 */
class DamagedProjectTest {

    @TempDir
    Path dir;

    private Path folder() {
        return dir.resolve("project");
    }

    /** A project with 30 codings, a snapshot of it, then 20 more codings made after the snapshot. */
    private String projectWithSnapshot() {
        try (OpenProject p = TestProjects.create(folder())) {
            Document d = TestProjects.addDocument(p, "a.txt", "Un passage à coder. ".repeat(2_000));
            Code code = p.execute(new CreateCode(null, "Communs", null));
            for (int i = 0; i < 50; i++) {
                p.execute(new ApplyCode(d.id(), code.id(), "camille", TextRange.of(i, i + 5)));
                if (i == 29) {
                    p.snapshot(false);
                }
            }
        }
        return Snapshots.of(folder()).latest().orElseThrow().id();
    }

    private ProjectDamagedException refusal() {
        try {
            H2ProjectStore.open(folder()).close();
        } catch (ProjectDamagedException e) {
            return e;
        }
        throw new AssertionError("the damaged project opened");
    }

    private void assertNamesTheSnapshot(ProjectDamagedException e, String snapshot, String why) {
        assertThat(e.getMessage()).startsWith("The project database at " + folder() + " is damaged (")
                .contains(why)
                .contains("Restore its last snapshot (" + snapshot + ", taken ")
                .contains("glose snapshot restore " + folder() + " " + snapshot);
        assertThat(e.lastSnapshot()).contains(snapshot);
        assertThat(e.folder()).isEqualTo(folder());
    }

    private List<Coding> codingsAfterRestore(String snapshot) {
        Snapshots.of(folder()).restore(snapshot);
        try (OpenProject p = new OpenProject(H2ProjectStore.open(folder()))) {
            return p.read(tx -> tx.codings().list(CodingFilter.ALL));
        }
    }

    @Test
    void anEmptiedFileIsReportedWithItsLastSnapshotAndTheRestoreBringsBackItsData() throws Exception {
        String snapshot = projectWithSnapshot();
        Files.write(ProjectFolder.databaseFile(folder()), new byte[0]);
        assertNamesTheSnapshot(refusal(), snapshot, "the file is empty");
        assertThat(Files.size(ProjectFolder.databaseFile(folder()))).as("left as it was").isZero();
        assertThat(codingsAfterRestore(snapshot)).hasSize(30);
    }

    @Test
    void aFileCutToHalfIsNeverOpenedWithChangesMissing() throws Exception {
        String snapshot = projectWithSnapshot();
        Path db = ProjectFolder.databaseFile(folder());
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        // H2 meets a damaged record, or falls back to an older state (which the commit count betrays), or finds
        // every change in the first half (H2 reuses free space): it opens then, with nothing missing
        try (OpenProject p = new OpenProject(H2ProjectStore.open(folder()))) {
            List<Coding> codings = p.read(tx -> tx.codings().list(CodingFilter.ALL));
            assertThat(codings).as("opened: then complete").hasSize(50);
            return;
        } catch (ProjectDamagedException e) {
            assertNamesTheSnapshot(e, snapshot, "");
            assertThat(e.getMessage()).containsAnyOf("H2 reports", "the file was cut short");
        }
        assertThat(codingsAfterRestore(snapshot)).hasSize(30);
    }

    @Test
    void garbledHeadersAndAFileOverwrittenWithTextAreReported() throws Exception {
        String snapshot = projectWithSnapshot();
        Path db = ProjectFolder.databaseFile(folder());
        byte[] bytes = Files.readAllBytes(db);
        byte[] garbage = new byte[8192];
        new Random(9).nextBytes(garbage);
        System.arraycopy(garbage, 0, bytes, 0, garbage.length);
        Files.write(db, bytes);
        assertNamesTheSnapshot(refusal(), snapshot, "does not start like an H2 database");

        Files.writeString(db, "Ceci n'est pas une base de données.", StandardCharsets.UTF_8);
        assertNamesTheSnapshot(refusal(), snapshot, "the file is cut short");
    }

    @Test
    void anOlderCopyPutInPlaceOfTheFileIsNotTakenForTheProject() throws Exception {
        Path old = dir.resolve("old.mv.db");
        try (OpenProject p = TestProjects.create(folder())) {
            Code code = p.execute(new CreateCode(null, "Communs", null));
            p.snapshot(false);
            Files.copy(ProjectFolder.databaseFile(folder()), old);
            p.execute(new CreateCode(code.id(), "Limites", null));
            p.execute(new CreateCode(code.id(), "Usages", null));
        }
        Files.copy(old, ProjectFolder.databaseFile(folder()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ProjectDamagedException e = refusal();
        assertThat(e.getMessage()).contains("it lacks its last 2 change(s)")
                .contains("delete glose.commits beside it");
        // the user who put it back on purpose says so by deleting the marker
        Files.delete(ProjectFolder.commitMarker(folder()));
        H2ProjectStore.open(folder()).close();
    }

    @Test
    void withoutSnapshotTheMessageSaysSo() throws Exception {
        TestProjects.create(folder()).close();
        Files.write(ProjectFolder.databaseFile(folder()), new byte[0]);
        assertThatThrownBy(() -> H2ProjectStore.open(folder()))
                .isInstanceOf(ProjectDamagedException.class)
                .hasMessageContaining("It has no snapshot: put back a copy of the project folder");
    }
}
