package org.glose.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.glose.core.coding.CreateCode;
import org.glose.core.model.Coding;
import org.glose.core.project.ChangeEntry;
import org.glose.core.project.ChangeKind;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.HistoryFilter;
import org.glose.core.project.OpenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills (SIGKILL, as a crash or a power cut would stop it) a process in the middle of a burst of coding actions,
 * then reopens the project: every action the process saw return is there, at most the one in flight besides,
 * and the project is consistent (it opens, its history matches its codings). Bulk actions are all or nothing.
 */
class KillTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 40, 250})
    void everyCodingThatReturnedSurvivesAKillInTheMiddleOfABurst(int actionsBeforeKill) throws Exception {
        Path folder = prepare();
        List<String> printed = runAndKill(folder, "single", actionsBeforeKill);
        Set<Long> returned = new HashSet<>();
        printed.stream().filter(l -> l.startsWith("coded ")).forEach(l -> returned.add(Long.parseLong(l.substring(6))));
        assertThat(returned).hasSizeGreaterThanOrEqualTo(actionsBeforeKill);

        try (OpenProject p = new OpenProject(H2ProjectStore.open(folder))) {
            List<Coding> codings = p.read(tx -> tx.codings().list(CodingFilter.ALL));
            Set<Long> stored = new HashSet<>();
            codings.forEach(c -> stored.add(c.id()));
            assertThat(stored).containsAll(returned);
            assertThat(stored.size()).isBetween(returned.size(), returned.size() + 1);
            List<ChangeEntry> coded = p.read(tx -> tx.history().list(HistoryFilter.ALL)).stream()
                    .filter(e -> e.kind() == ChangeKind.CODED).toList();
            assertThat(coded).hasSize(stored.size()).allMatch(e -> e.actor().equals("burst"));
            System.out.println("kill test: " + returned.size() + " returned, " + stored.size() + " stored");
        }
    }

    @Test
    void aBulkActionKilledInTheMiddleLeavesAllOrNothing() throws Exception {
        Path folder = prepare();
        List<String> printed = runAndKill(folder, "bulk", 2);
        long batches = printed.stream().filter(l -> l.startsWith("bulk ")).count();
        try (OpenProject p = new OpenProject(H2ProjectStore.open(folder))) {
            int stored = p.read(tx -> tx.codings().list(CodingFilter.ALL)).size();
            assertThat(stored % CodingBurst.BATCH).as("whole batches only").isZero();
            assertThat((long) stored / CodingBurst.BATCH).isBetween(batches, batches + 1);
            System.out.println("bulk kill test: " + batches + " batches returned, " + stored + " codings stored");
        }
    }

    private Path prepare() {
        Path folder = dir.resolve("burst");
        try (OpenProject p = TestProjects.create(folder)) {
            TestProjects.addDocument(p, "a.txt", "La donnée publique est un commun. ".repeat(60));
            p.execute(new CreateCode(null, "Communs", null));
        }
        return folder;
    }

    /** Starts the child, lets it report {@code lines} actions, kills it, and returns everything it printed. */
    private static List<String> runAndKill(Path folder, String mode, int lines) throws IOException,
            InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CodingBurst.class.getName(), folder.toString(), mode)
                .redirectErrorStream(true).start();
        List<String> printed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            int actions = 0;
            String line;
            while (actions < lines && (line = out.readLine()) != null) {
                printed.add(line);
                if (line.startsWith("coded ") || line.startsWith("bulk ")) {
                    actions++;
                }
            }
            // SIGKILL through the handle: Process.destroyForcibly would also close the pipe we still read from
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // what the child printed before it died is still in the pipe: those actions returned too
            while ((line = out.readLine()) != null) {
                printed.add(line);
            }
        } finally {
            child.destroyForcibly();
        }
        assertThat(printed).as("child output").contains("open").noneMatch(l -> l.contains("Exception"));
        return printed;
    }
}
