package org.glose.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.glose.core.coding.CreateCode;
import org.glose.core.model.Code;
import org.glose.core.project.OpenProject;
import org.glose.core.project.ProjectLockedException;
import org.glose.core.project.ProjectProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLockTest {

    @TempDir
    Path dir;

    @Test
    void aProjectHeldByAnotherProgramIsRefusedWithAMessageNamingWhoHoldsIt() throws Exception {
        Path folder = dir.resolve("shared-project");
        try (OpenProject p = TestProjects.create(folder)) {
            p.execute(new CreateCode(null, "Communs", null));
            p.snapshot(false);
        }
        Process holder = HoldProject.startAndWait(folder, "");
        assertThat(holder).as("the child process opened the project").isNotNull();
        try {
            LockFile expected = LockFile.read(folder).orElseThrow();
            assertThat(expected.pid()).isEqualTo(holder.pid());
            assertThatThrownBy(() -> H2ProjectStore.open(folder))
                    .isInstanceOf(ProjectLockedException.class)
                    .hasMessageContaining("open in another program (" + System.getProperty("user.name")
                            + " on host " + expected.host() + ", since ")
                    .hasMessageEndingWith("; close it there first.");
            // what the window offers instead: a read-only copy of the last snapshot
            String last = Snapshots.of(folder).latest().orElseThrow().id();
            try (OpenProject copy = new OpenProject(Snapshots.of(folder).openReadOnlyCopy(last, null))) {
                java.util.List<Code> codes = copy.read(tx -> tx.codes().list());
                assertThat(codes).extracting(Code::name).containsExactly("Communs");
            }
            assertThatThrownBy(() -> Snapshots.of(folder).restore(last))
                    .isInstanceOf(ProjectLockedException.class).hasMessageContaining("open in another program");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        // the killed holder left its lock file; H2's lock died with it, so the stale file is ignored
        assertThat(ProjectFolder.lockFile(folder)).exists();
        try (H2ProjectStore store = H2ProjectStore.open(folder)) {
            assertThat(store.name()).isEqualTo("Test");
            assertThat(LockFile.read(folder).orElseThrow().pid()).isEqualTo(ProcessHandle.current().pid());
        }
        assertThat(ProjectFolder.lockFile(folder)).as("removed on close").doesNotExist();
    }

    @Test
    void aLockFileWithoutALiveLockNeverBlocksAnOpen() throws Exception {
        Path folder = dir.resolve("p");
        TestProjects.create(folder).close();
        new LockFile("alice", "lab-3", 4242, Instant.parse("2025-01-14T13:02:00Z")).write(folder);
        H2ProjectStore.open(folder).close();
        assertThat(Files.exists(ProjectFolder.lockFile(folder))).isFalse();
    }

    @Test
    void aSecondWindowOfThisProgramIsRefusedToo() {
        Path folder = dir.resolve("p");
        try (OpenProject first = TestProjects.create(folder)) {
            assertThatThrownBy(() -> H2ProjectStore.openReadOnly(folder, null))
                    .isInstanceOf(ProjectLockedException.class).hasMessageContaining("already open in this Glose");
        }
    }

    @Test
    void aReadOnlyOpenShowsTheProjectAndRefusesEveryChange() {
        Path folder = dir.resolve("p");
        TestProjects.create(folder).close();
        try (OpenProject p = new OpenProject(H2ProjectStore.openReadOnly(folder, null))) {
            assertThat(p.name()).isEqualTo("Test");
            assertThatThrownBy(() -> p.execute(new CreateCode(null, "Communs", null)))
                    .isInstanceOf(ProjectProblemException.class).hasMessage("The project Test is open read-only: "
                            + "changes cannot be saved.");
        }
        assertThat(ProjectFolder.lockFile(folder)).doesNotExist();
    }

    @Test
    void theLockFileNamesTheHolderWithTheDayWhenItIsNotToday() {
        LockFile old = new LockFile("alice", "lab-3", 1, Instant.parse("2025-01-14T13:02:00Z"));
        assertThat(old.describe(java.time.ZoneId.of("Europe/Paris"))).isEqualTo(
                "alice on host lab-3, since 2025-01-14 14:02");
        LockFile now = new LockFile("bob", "pc", 1, Instant.now());
        assertThat(now.describe(java.time.ZoneId.systemDefault())).matches("bob on host pc, since \\d\\d:\\d\\d");
    }
}
