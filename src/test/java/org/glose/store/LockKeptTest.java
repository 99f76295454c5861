package org.glose.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.glose.core.coding.CreateCode;
import org.glose.core.project.OpenProject;
import org.glose.core.project.ProjectLockedException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A program that has a project open keeps it locked whatever else it does with the folder. On Linux the file
 * lock is a POSIX lock, which the process loses when it closes any descriptor of the file: a second look at the
 * database file (a second window opening the same project, a restore tried while it is open) must not open one.
 * If it did, a second program could write to the file beside the first, and the first would later write over
 * the second's commits.
 */
class LockKeptTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"reopen", "encrypt", "snapshot", "restore"})
    void theProjectStaysLockedAfterTheHolderLooksAtItsFolderAgain(String then) throws Exception {
        Path folder = dir.resolve("held");
        try (OpenProject p = TestProjects.create(folder)) {
            p.execute(new CreateCode(null, "Communs", null));
            p.snapshot(false);
        }
        Process holder = HoldProject.startAndWait(folder, then);
        assertThat(holder).as("the child process opened the project").isNotNull();
        try {
            assertThatThrownBy(() -> H2ProjectStore.open(folder).close())
                    .isInstanceOf(ProjectLockedException.class).hasMessageContaining("open in another program");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
