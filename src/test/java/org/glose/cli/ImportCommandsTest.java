package org.glose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init, import, documents and text on the sample corpus. */
class ImportCommandsTest {

    @TempDir
    Path dir;

    @Test
    void importsTheSampleCorpusAndListsItsDocuments() {
        Path project = dir.resolve("study");
        Cli.run("init", project, "--name", "Étude").exits(0);
        Cli.Result imported = Cli.run("import", project, Cli.sample(Cli.DOCX), Cli.sample(Cli.PDF),
                Cli.sample(Cli.TXT)).exits(0);
        assertThat(imported.out()).contains("Imported " + Cli.DOCX, "Imported " + Cli.PDF, "Imported " + Cli.TXT);
        assertThat(imported.err()).isEmpty();

        JsonNode documents = Cli.run("documents", project, "--json").exits(0).json();
        assertThat(documents).hasSize(3);
        List<String> names = new ArrayList<>();
        for (JsonNode d : documents) {
            List<String> fields = new ArrayList<>();
            d.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("id", "guid", "name", "format", "length", "pages", "sha256");
            names.add(d.get("name").asText());
            String text = Cli.run("text", project, d.get("id").asText()).exits(0).out();
            assertThat(d.get("length").asInt()).isEqualTo(text.length());
            assertThat(d.get("sha256").asText()).hasSize(64);
            assertThat(d.get("guid").asText()).isNotBlank();
        }
        assertThat(names).containsExactly(Cli.PDF, Cli.TXT, Cli.DOCX);   // by name
        assertThat(byName(documents, Cli.PDF).get("format").asText()).isEqualTo("pdf");
        assertThat(byName(documents, Cli.PDF).get("pages").asInt()).isGreaterThan(1);
        assertThat(byName(documents, Cli.TXT).get("pages").isNull()).isTrue();
        assertThat(byName(documents, Cli.TXT).get("format").asText()).isEqualTo("txt");
        assertThat(byName(documents, Cli.DOCX).get("format").asText()).isEqualTo("docx");

        String table = Cli.run("documents", project).exits(0).out();
        assertThat(table.lines().findFirst().orElseThrow()).startsWith("ID").contains("NAME", "LENGTH", "PAGES");
        assertThat(table.lines()).hasSize(4);
    }

    @Test
    void reimportingTheSameFileSkipsIt() {
        Path project = dir.resolve("p");
        Cli.run("init", project).exits(0);
        Cli.run("import", project, Cli.sample(Cli.TXT)).exits(0);
        Cli.Result again = Cli.run("import", project, Cli.sample(Cli.TXT)).exits(0);
        assertThat(again.out().strip()).isEqualTo(Cli.TXT + " is already in the project: skipped.");
        assertThat(Cli.run("documents", project, "--json").json()).hasSize(1);
    }

    @Test
    void refusedFilesExitTwoAndTheGoodOneIsStillImported() throws Exception {
        Path project = dir.resolve("p");
        Cli.run("init", project).exits(0);
        Path fake = Files.writeString(dir.resolve("fake.pdf"), "This is only text, not a PDF.");
        Cli.Result r = Cli.run("import", project, dir.resolve("missing.txt"), fake, Cli.sample(Cli.TXT)).exits(2);
        assertThat(r.out().lines()).singleElement().asString().startsWith("Imported " + Cli.TXT);
        assertThat(r.err().lines()).hasSize(2);
        assertThat(r.err().lines().toList().get(0)).startsWith("missing.txt is refused").contains("does not exist");
        assertThat(r.err().lines().toList().get(1)).startsWith("fake.pdf is refused");
        JsonNode documents = Cli.run("documents", project, "--json").json();
        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).get("name").asText()).isEqualTo(Cli.TXT);
    }

    @Test
    void textPrintsTheStoredTextByteForByte() throws Exception {
        Path project = dir.resolve("p");
        Cli.run("init", project).exits(0);
        Path file = Files.writeString(dir.resolve("émoji.txt"), "Ligne un 😀\nL’État, fin sans retour",
                StandardCharsets.UTF_8);
        Cli.run("import", project, file).exits(0);
        byte[] out = Cli.run("text", project, "émoji.txt").exits(0).stdout();
        assertThat(out).isEqualTo("Ligne un 😀\nL’État, fin sans retour".getBytes(StandardCharsets.UTF_8));
        JsonNode doc = Cli.run("documents", project, "--json").json().get(0);
        assertThat(doc.get("length").asInt()).isEqualTo("Ligne un 😀\nL’État, fin sans retour".length());

        Cli.run("import", project, Cli.sample(Cli.TXT)).exits(0);
        byte[] sample = Files.readAllBytes(Cli.sample(Cli.TXT));
        String expected = new String(sample, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(new String(Cli.run("text", project, Cli.TXT).exits(0).stdout(), StandardCharsets.UTF_8))
                .isEqualTo(expected);
    }

    @Test
    void textOfAnUnknownDocumentExitsTwo() {
        Path project = dir.resolve("p");
        Cli.run("init", project).exits(0);
        assertThat(Cli.run("text", project, "nope.txt").exits(2).err().strip())
                .isEqualTo("There is no document \"nope.txt\" in the project.");
    }

    static JsonNode byName(JsonNode documents, String name) {
        for (JsonNode d : documents) {
            if (d.get("name").asText().equals(name)) {
                return d;
            }
        }
        throw new AssertionError("no document " + name);
    }
}
