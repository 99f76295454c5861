package org.glose.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.model.Code;
import org.glose.core.model.Document;
import org.glose.core.project.OpenProject;
import org.glose.core.text.TextRange;

/**
 * Not a test: measures the cost of durable commits for docs/benchmarks.md. Runs 1,000 {@link ApplyCode} actions
 * one after the other (each its own transaction) and prints the time per action. Run it with the test classpath:
 * {@code java -cp ... org.glose.store.DurabilityCost [rounds]}.
 */
public final class DurabilityCost {

    private DurabilityCost() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        for (int round = 0; round < rounds; round++) {
            Path folder = Files.createTempDirectory("glose-durability").resolve("p");
            try (OpenProject p = TestProjects.create(folder)) {
                Document d = TestProjects.addDocument(p, "a.txt", "La donnée publique est un commun. ".repeat(60));
                Code code = p.execute(new CreateCode(null, "Communs", null));
                for (int i = 0; i < 200; i++) {   // warm-up: JIT and H2 caches, not measured
                    p.execute(new ApplyCode(d.id(), code.id(), "bench", TextRange.of(i, i + 1)));
                }
                long t0 = System.nanoTime();
                for (int i = 0; i < 1_000; i++) {
                    int start = i % (d.length() - 1);
                    p.execute(new ApplyCode(d.id(), code.id(), "bench", TextRange.of(start, start + 1)));
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("round %d: 1000 ApplyCode in %d ms (%.2f ms each)%n", round + 1, ms, ms / 1000.0);
            }
            Snapshots.deleteTree(folder.getParent());
        }
    }
}
