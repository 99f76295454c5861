package org.glose.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.glose.core.model.Document;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.importer.DocumentReader;
import org.glose.importer.DocumentReaders;
import org.glose.importer.ImportOutcome;
import org.glose.importer.ProjectImporter;
import org.glose.importer.UnreadableDocumentException;
import org.glose.store.H2ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the document readers with seeded mutations of the sample files (bytes flipped, cut, duplicated,
 * deleted, the XML inside ZIP packages broken). A reader gives text or refuses with
 * {@link UnreadableDocumentException}, as its contract says; through the importer every mutated file is
 * imported or refused with one line, and the project holds exactly what was imported. A failure prints the
 * format and seed that reproduce it.
 */
class ReaderFuzzTest {

    /** Seeds per format: enough to meet every mutation kind several times; raise locally to fuzz longer. */
    private static final int SEEDS = Integer.getInteger("glose.fuzzSeeds", 35);

    @TempDir
    Path dir;

    /** One sample per format the readers know, from the sample corpus or made here. */
    static Map<String, byte[]> samples() throws Exception {
        Map<String, byte[]> samples = new TreeMap<>();
        for (String ext : List.of("txt", "docx", "pdf", "odt", "rtf", "html", "doc")) {
            Path file = HostileFiles.sample("offre-de-stage." + ext);
            if (Files.exists(file)) {
                samples.put(ext, Files.readAllBytes(file));
            }
        }
        samples.put("md", ("# Titre\n\nUn *paragraphe* avec un [lien](http://exemple.fr) et `du code`.\n\n"
                + "- liste\n- à puces\n\n> citation\n\n| a | b |\n|---|---|\n| 1 | 2 |\n").getBytes(StandardCharsets.UTF_8));
        samples.put("epub", HostileFiles.zip(new String[] {"mimetype", "application/epub+zip",
            "META-INF/container.xml", "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:"
                    + "opendocument:xmlns:container\"><rootfiles><rootfile full-path=\"OEBPS/content.opf\" media-type="
                    + "\"application/oebps-package+xml\"/></rootfiles></container>",
            "OEBPS/content.opf", "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
                    + "<manifest><item id=\"c1\" href=\"c1.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                    + "<spine><itemref idref=\"c1\"/></spine></package>",
            "OEBPS/c1.xhtml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                    + "<head><title>T</title></head><body><h1>Chapitre</h1><p>Il était une fois.</p></body></html>"}));
        return samples;
    }

    @Test
    void everyReaderReturnsTextOrRefusesClearlyOnDamagedFiles() throws Exception {
        DocumentReaders readers = DocumentReaders.load();
        List<String> failures = new ArrayList<>();
        int runs = 0;
        for (Map.Entry<String, byte[]> sample : samples().entrySet()) {
            String name = "fuzz." + sample.getKey();
            DocumentReader reader = readers.forExtension(name).orElse(null);
            if (reader == null) {
                continue;
            }
            for (long seed = 1; seed <= SEEDS; seed++) {
                byte[] mutated = Mutations.mutate(sample.getValue(), seed);
                runs++;
                try {
                    reader.read(mutated, name);
                } catch (UnreadableDocumentException e) {
                    if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("\n")) {
                        failures.add(sample.getKey() + " seed " + seed + ": unclear refusal [" + e.getMessage() + "]");
                    }
                } catch (Throwable e) {
                    failures.add(sample.getKey() + " seed " + seed + ": " + e);
                }
            }
        }
        System.out.println("reader fuzz: " + runs + " mutated files, " + failures.size() + " failure(s)");
        failures.forEach(System.out::println);
        assertThat(runs).isGreaterThanOrEqualTo(SEEDS * 7);
        assertThat(failures).isEmpty();
    }

    @Test
    void throughTheImporterEveryDamagedFileIsImportedOrRefusedAndNothingElseChanges() throws Exception {
        List<Path> batch = new ArrayList<>();
        for (Map.Entry<String, byte[]> sample : samples().entrySet()) {
            for (long seed = 1; seed <= 8; seed++) {
                batch.add(Files.write(dir.resolve("fuzz-" + seed + "." + sample.getKey()),
                        Mutations.mutate(sample.getValue(), seed * 1_000 + 7)));
            }
        }
        try (OpenProject p = new OpenProject(H2ProjectStore.create(dir.resolve("project"), "Fuzz"))) {
            List<ImportOutcome> outcomes = new ProjectImporter(p, DocumentReaders.load())
                    .importFiles(batch, Progress.NONE, new Cancellation());
            assertThat(outcomes).hasSize(batch.size()).allSatisfy(o -> {
                assertThat(o.status()).isIn(ImportOutcome.Status.IMPORTED, ImportOutcome.Status.REFUSED);
                assertThat(o.message()).doesNotContain("\n").doesNotContain("Exception")
                        .startsWith(o.status() == ImportOutcome.Status.IMPORTED ? "Imported " : o.file().getFileName()
                                + " is refused: ");
            });
            long imported = outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED).count();
            List<Document> documents = p.read(tx -> tx.documents().list());
            assertThat(documents).hasSize((int) imported);
            System.out.println("importer fuzz: " + outcomes.size() + " files, " + imported + " imported, "
                    + (outcomes.size() - imported) + " refused; refusals by reason: " + reasons(outcomes));
        }
    }

    private static Map<String, Integer> reasons(List<ImportOutcome> outcomes) {
        Map<String, Integer> reasons = new TreeMap<>();
        for (ImportOutcome o : outcomes) {
            if (o.refused()) {
                String why = o.message().substring(o.message().indexOf(" is refused: ") + 13)
                        .toLowerCase(Locale.ROOT);
                reasons.merge(why, 1, Integer::sum);
            }
        }
        return reasons;
    }
}
