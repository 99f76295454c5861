package org.glose.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.glose.sample.SampleProject;

/** Writes bundled inputs to disk and cleans up after workloads. */
final class BenchInputs {

    private BenchInputs() {
    }

    /** The three sample documents bundled in the application (offer DOCX, report PDF, study TXT). */
    static List<Path> sampleCorpus(Path folder) {
        try {
            Files.createDirectories(folder);
            List<Path> files = new ArrayList<>();
            for (String name : SampleProject.DOCUMENTS) {
                try (InputStream in = BenchInputs.class.getResourceAsStream("/org/glose/sample/corpus/" + name)) {
                    Path target = folder.resolve(name);
                    Files.copy(in, target);
                    files.add(target);
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder and what it holds; a temporary folder left behind is harmless. */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left behind: harmless
        }
    }
}
