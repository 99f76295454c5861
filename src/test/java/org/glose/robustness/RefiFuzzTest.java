package org.glose.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.model.Code;
import org.glose.core.model.Document;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.project.ProjectProblemException;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.core.text.TextRange;
import org.glose.interchange.refi.QdpxExport;
import org.glose.interchange.refi.QdpxImport;
import org.glose.store.H2ProjectStore;
import org.glose.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the REFI-QDA reader: a QDPX exported by Glose, damaged with seeded mutations (the archive's bytes, or
 * the XML of project.qde inside it), is imported as a new project. It imports, or is refused with a clear
 * sentence and leaves nothing behind; an imported project opens again.
 */
class RefiFuzzTest {

    private static final int SEEDS = Integer.getInteger("glose.fuzzSeeds", 35);

    @TempDir
    Path dir;

    private Path exported() {
        Path folder = dir.resolve("source");
        try (OpenProject p = TestProjects.create(folder)) {
            Document d = TestProjects.addDocument(p, "entretien.txt", TestProjects.TEXT + "\n" + HostileFiles.FRENCH);
            Code parent = p.execute(new CreateCode(null, "Communs", null));
            Code child = p.execute(new CreateCode(parent.id(), "Limites", null));
            p.execute(new ApplyCode(d.id(), parent.id(), "camille", TextRange.of(3, 20)));
            p.execute(new ApplyCode(d.id(), child.id(), "yanis", TextRange.of(40, 60)));
            Path out = dir.resolve("base.qdpx");
            new QdpxExport(Clock.fixed(Instant.parse("2025-01-14T13:02:00Z"), ZoneOffset.UTC))
                    .export(p, out, Progress.NONE, new Cancellation());
            return out;
        }
    }

    @Test
    void aDamagedQdpxImportsOrIsRefusedClearlyAndLeavesNothingBehind() throws Exception {
        byte[] base = Files.readAllBytes(exported());
        List<String> failures = new ArrayList<>();
        int imported = 0;
        int refused = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Path qdpx = Files.write(dir.resolve("fuzz-" + seed + ".qdpx"), Mutations.mutate(base, seed));
            Path target = dir.resolve("imported-" + seed);
            try {
                new QdpxImport((folder, name) -> new OpenProject(H2ProjectStore.create(folder, name)))
                        .importAs(qdpx, target, Progress.NONE, new Cancellation());
                H2ProjectStore.open(target).close();
                imported++;
            } catch (InvalidInputException | ProjectProblemException e) {
                refused++;
                if (e.getMessage() == null || e.getMessage().contains("\n") || e.getMessage().contains("Exception")) {
                    failures.add("seed " + seed + ": unclear refusal [" + e.getMessage() + "]");
                }
                if (Files.exists(target)) {
                    failures.add("seed " + seed + ": refused but left " + target);
                }
            } catch (Throwable e) {
                failures.add("seed " + seed + ": " + e);
            }
        }
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no half-imported temporary folder")
                    .noneMatch(n -> n.contains(".importing-"));
        }
        System.out.println("REFI fuzz: " + SEEDS + " damaged archives, " + imported + " imported, " + refused
                + " refused, " + failures.size() + " failure(s)");
        failures.forEach(System.out::println);
        assertThat(failures).isEmpty();
    }
}
