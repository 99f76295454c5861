package org.glose.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.glose.core.project.ProjectProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLockTest {

    @TempDir
    Path dir;

    @Test
    void aProjectHeldByAnotherProgramIsRefusedWithAMessageSayingSo() throws Exception {
        Path folder = dir.resolve("shared-project");
        TestProjects.create(folder).close();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldProject.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("open "));
            assertThat(line).as("the child process opened the project").isNotNull();
            assertThatThrownBy(() -> H2ProjectStore.open(folder))
                    .isInstanceOf(ProjectProblemException.class)
                    .hasMessageContaining("open in another program");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        // once the other program is gone the project opens again, intact
        try (H2ProjectStore store = H2ProjectStore.open(folder)) {
            assertThat(store.name()).isEqualTo("Test");
        }
    }
}
