package org.glose.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glose.core.model.Document;
import org.glose.core.project.ChangeEntry;
import org.glose.core.project.HistoryFilter;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.importer.DocumentReaders;
import org.glose.importer.ImportOutcome;
import org.glose.importer.ProjectImporter;
import org.glose.store.H2ProjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-file corpus (docs/robustness.md): every file a user might drop on the window, imported in one
 * batch between good files. Each gets one clear message (or imports correctly), nothing escapes, a refused file
 * leaves no trace in the project, and the good files of the batch are imported.
 */
class HostileCorpusTest {

    @TempDir
    Path dir;
    private Path in;

    /** What a case must give: imported (with this text, if given) or refused with a message containing this. */
    record Case(String name, byte[] bytes, boolean imported, String expected) {
        static Case refused(String name, byte[] bytes, String why) {
            return new Case(name, bytes, false, why);
        }

        static Case imports(String name, byte[] bytes, String text) {
            return new Case(name, bytes, true, text);
        }
    }

    @BeforeEach
    void inbox() throws Exception {
        in = Files.createDirectories(dir.resolve("in"));
    }

    private static String normalised(String s) {
        return s.replace("\r\n", "\n");
    }

    static List<Case> cases() throws Exception {
        String fr = HostileFiles.FRENCH;
        Charset cp1252 = Charset.forName("windows-1252");
        List<Case> c = new ArrayList<>();
        // empty and binary files
        c.add(Case.refused("vide.txt", new byte[0], "it is empty"));
        c.add(Case.refused("espaces.txt", "  \n\t\n".getBytes(StandardCharsets.US_ASCII), "it is empty"));
        c.add(Case.refused("binaire.txt", HostileFiles.random(1, 64 * 1024), "is refused: "));
        c.add(Case.refused("image.txt", HostileFiles.withBom(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A,
            '\n'}, HostileFiles.random(2, 4096)), "is refused: "));
        // text in unexpected encodings, with NUL characters, in one enormous line
        c.add(Case.imports("windows-1252.txt", HostileFiles.text(fr, cp1252), fr));
        c.add(Case.imports("latin9.txt", HostileFiles.text("Prix : 20 € — " + fr, Charset.forName("ISO-8859-15")),
                null));
        c.add(Case.imports("utf16le-bom.txt", HostileFiles.withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                HostileFiles.text(fr, StandardCharsets.UTF_16LE)), fr));
        c.add(Case.imports("utf16be-bom.txt", HostileFiles.withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                HostileFiles.text(fr, StandardCharsets.UTF_16BE)), fr));
        c.add(Case.imports("utf8-bom.txt", HostileFiles.withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                HostileFiles.text(fr, StandardCharsets.UTF_8)), fr));
        c.add(Case.imports("russe-koi8r.txt", HostileFiles.text("Открытые данные — это общее достояние.\n",
                Charset.forName("KOI8-R")), null));
        c.add(Case.imports("japonais-sjis.txt", HostileFiles.text("オープンデータは共有財産である。\n",
                Charset.forName("Shift_JIS")), null));
        c.add(Case.imports("crlf-et-cr.txt", "un\r\ndeux\rtrois\n".getBytes(StandardCharsets.UTF_8), "un\ndeux\ntrois\n"));
        c.add(Case.imports("nul.txt", ("avant\0après\0\0fin\n").getBytes(StandardCharsets.UTF_8), "avantaprèsfin\n"));
        c.add(Case.imports("une-ligne-5mo.txt", "mot ".repeat(5 * 1024 * 1024 / 4).getBytes(StandardCharsets.UTF_8),
                null));
        c.add(Case.imports("emoji-et-combinants.txt", "Cafe\u0301 😀 𝄞 مرحبا\n".getBytes(StandardCharsets.UTF_8),
                "Café 😀 𝄞 مرحبا\n"));
        // truncated and fake PDF and DOCX, other formats with garbage inside
        c.add(Case.refused("tronque.pdf", HostileFiles.truncated(HostileFiles.sampleBytes("offre-de-stage.pdf"), 0.3),
                "is refused: "));
        c.add(Case.refused("faux.pdf", ("%PDF-1.7\n" + fr).getBytes(StandardCharsets.UTF_8), "is refused: "));
        c.add(Case.refused("texte.pdf", fr.getBytes(StandardCharsets.UTF_8), "is refused: "));
        c.add(Case.refused("tronque.docx", HostileFiles.truncated(HostileFiles.sampleBytes("offre-de-stage.docx"),
                0.5), "is refused: "));
        c.add(Case.refused("faux.docx", fr.getBytes(StandardCharsets.UTF_8), "is refused: "));
        c.add(Case.refused("zip-vide.docx", HostileFiles.zip(new String[] {"a.txt", "rien"}), "is refused: "));
        c.add(Case.refused("faux.odt", HostileFiles.random(3, 5000), "is refused: "));
        c.add(Case.refused("faux.epub", HostileFiles.random(4, 5000), "is refused: "));
        c.add(Case.refused("faux.doc", HostileFiles.random(5, 5000), "is refused: "));
        c.add(Case.refused("faux.rtf", HostileFiles.random(6, 5000), "is refused: "));
        // password-protected files
        c.add(Case.refused("protege.pdf", HostileFiles.passwordPdf(), "password"));
        c.add(Case.refused("protege.docx", HostileFiles.passwordDocx(), "password"));
        // XML external entities and entity expansion: never resolved, never expanded
        String xxe = "<!DOCTYPE d [<!ENTITY xxe SYSTEM \"file://" + secretFile() + "\">]>";
        c.add(Case.refused("xxe.docx", HostileFiles.docx(HostileFiles.docxBody(
                "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>").replace("?><w:document", "?>" + xxe + "<w:document")),
                "is refused: it declares a DTD or XML entities"));
        c.add(Case.refused("xxe.odt", HostileFiles.odt(HostileFiles.odtBody("<text:p>&xxe;</text:p>")
                .replace("?><office:document-content", "?>" + xxe + "<office:document-content")),
                "is refused: it declares a DTD or XML entities"));
        String laughs = "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>";
        c.add(Case.refused("milliard-de-rires.docx", HostileFiles.docx(HostileFiles.docxBody(
                "<w:p><w:r><w:t>&f;</w:t></w:r></w:p>").replace("?><w:document", "?>" + laughs + "<w:document")),
                "is refused: it declares a DTD or XML entities"));
        // deep nesting
        c.add(Case.imports("imbrique.html", ("<html><body>" + "<div>".repeat(50_000) + "profond" + "</div>".repeat(50_000)
                + "</body></html>").getBytes(StandardCharsets.UTF_8), "profond"));
        c.add(Case.imports("imbrique.rtf", ("{\\rtf1 " + "{".repeat(100_000) + "profond" + "}".repeat(100_000) + "}")
                .getBytes(StandardCharsets.US_ASCII), "profond"));
        return c;
    }

    private static Path secretFile() {
        return Path.of(System.getProperty("java.io.tmpdir"), "glose-xxe-secret.txt");
    }

    @Test
    void everyHostileFileGetsOneClearMessageAndTheGoodFilesOfTheBatchAreImported() throws Exception {
        Files.writeString(secretFile(), "SECRET-DU-DISQUE");
        List<Case> cases = cases();
        List<Path> batch = new ArrayList<>();
        batch.add(Files.copy(HostileFiles.sample("offre-de-stage.docx"), in.resolve("bon-1.docx")));
        for (Case c : cases) {
            batch.add(HostileFiles.write(in, c.name(), c.bytes()));
        }
        batch.add(Files.createDirectories(in.resolve("dossier.txt")));
        batch.add(in.resolve("disparu.txt"));
        batch.add(Files.copy(HostileFiles.sample("offre-de-stage.txt"), in.resolve("bon-2.txt")));

        try (OpenProject p = new OpenProject(H2ProjectStore.create(dir.resolve("project"), "Robustesse"))) {
            List<ImportOutcome> outcomes = new ProjectImporter(p, DocumentReaders.load())
                    .importFiles(batch, Progress.NONE, new Cancellation());
            report(outcomes);
            assertThat(outcomes).hasSize(batch.size());
            assertThat(outcomes.get(0).status()).isEqualTo(ImportOutcome.Status.IMPORTED);
            assertThat(outcomes.get(outcomes.size() - 1).status()).isEqualTo(ImportOutcome.Status.IMPORTED);
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                ImportOutcome o = outcomes.get(i + 1);
                assertThat(o.message()).as(c.name()).doesNotContain("Exception").doesNotContain("\n");
                if (c.imported()) {
                    assertThat(o.status()).as(c.name() + ": " + o.message()).isEqualTo(ImportOutcome.Status.IMPORTED);
                    if (c.expected() != null) {
                        String text = p.read(tx -> tx.documents().text(o.document().id()));
                        assertThat(text).as(c.name()).isEqualTo(normalised(c.expected()));
                    }
                } else {
                    assertThat(o.status()).as(c.name() + ": " + o.message()).isEqualTo(ImportOutcome.Status.REFUSED);
                    assertThat(o.message()).as(c.name()).startsWith(c.name() + " is refused: ")
                            .contains(c.expected()).endsWith(".");
                }
            }
            assertThat(outcomes.get(cases.size() + 1).message()).isEqualTo("dossier.txt is refused: it cannot be "
                    + "read (it is a folder, not a file).");
            assertThat(outcomes.get(cases.size() + 2).message()).isEqualTo("disparu.txt is refused: the file does "
                    + "not exist.");

            // a refused file leaves no trace: the project holds exactly the imported documents, and so does its history
            long imported = outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED).count();
            List<Document> documents = p.read(tx -> tx.documents().list());
            assertThat(documents).hasSize((int) imported);
            List<ChangeEntry> history = p.read(tx -> tx.history().list(HistoryFilter.ALL));
            assertThat(history).hasSize((int) imported);
            assertThat(documents).noneMatch(d -> p.read(tx -> tx.documents().text(d.id())).contains("SECRET-DU-DISQUE"));
        } finally {
            Files.deleteIfExists(secretFile());
        }
    }

    @Test
    void fileNamesInAnyScriptKeepTheirNameInTheProject() throws Exception {
        List<String> names = List.of("entretien 😀 d’Élodie — 北京 «1».txt", "مقابلة-رقم-٣.txt", "Cafe\u0301.txt",
                "guillemets \"doubles\" et 'simples' ; $HOME & %PATH%.txt", "-commence-par-un-tiret.txt",
                ".cache.txt", "deux\nlignes.txt", "x".repeat(200) + ".txt", "ÉTÉ.TXT", "ﬁchier-ligature.txt");
        List<Path> batch = new ArrayList<>();
        for (String name : names) {
            batch.add(HostileFiles.write(in, name, HostileFiles.FRENCH.getBytes(StandardCharsets.UTF_8)));
        }
        try (OpenProject p = new OpenProject(H2ProjectStore.create(dir.resolve("project"), "Noms"))) {
            List<ImportOutcome> outcomes = new ProjectImporter(p, DocumentReaders.load())
                    .importFiles(batch, Progress.NONE, new Cancellation());
            report(outcomes);
            assertThat(outcomes).allMatch(o -> o.status() == ImportOutcome.Status.IMPORTED);
            List<Document> documents = p.read(tx -> tx.documents().list());
            assertThat(documents).extracting(Document::name).containsExactlyInAnyOrderElementsOf(names);
        }
    }

    /** One line per file, for docs/robustness.md. */
    static void report(List<ImportOutcome> outcomes) {
        for (ImportOutcome o : outcomes) {
            System.out.println("| `" + o.file().getFileName() + "` | " + o.status() + " | " + o.message()
                    + (o.warnings().isEmpty() ? "" : " (" + String.join(" ", o.warnings()) + ")") + " |");
        }
    }
}
