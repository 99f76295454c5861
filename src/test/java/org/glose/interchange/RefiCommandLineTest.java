package org.glose.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glose.cli.GloseCli;
import org.glose.core.project.OpenProject;
import org.glose.interchange.refi.RefiFixtures;
import org.glose.sample.SampleProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interchange commands of docs/cli.md: export, import-qdpx, codebook export and codebook import of a .qdc. */
class RefiCommandLineTest {

    @TempDir
    static Path dir;
    static Path sample;

    record Run(int exit, String out, String err) {
    }

    static Run glose(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int exit = GloseCli.run(strings, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void sampleProject() {
        sample = dir.resolve("sample");
        SampleProject.create(sample).close();
    }

    @Test
    void exportThenImportQdpxGivesTheProjectBackWithAJsonReport() throws Exception {
        Path qdpx = dir.resolve("all.qdpx");
        Run export = glose("export", sample, "--format", "qdpx", "--out", qdpx);
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).isEqualTo("Exported 3 document(s), 29 code(s) and 46 coding(s) to " + qdpx + ".\n");

        Run dry = glose("import-qdpx", qdpx, dir.resolve("copy"), "--dry-run", "--json");
        assertThat(dry.exit()).isZero();
        assertThat(dir.resolve("copy")).doesNotExist();
        JsonNode json = new ObjectMapper().readTree(dry.out());
        assertThat(json.fieldNames()).toIterable()
                .containsExactly("codes", "sources", "codings", "notes", "cases", "skipped");
        assertThat(json.get("codes").asInt()).isEqualTo(29);
        assertThat(json.get("codings").asInt()).isEqualTo(46);
        assertThat(json.get("skipped").isArray()).isTrue();

        Run real = glose("import-qdpx", qdpx, dir.resolve("copy"));
        assertThat(real.exit()).as(real.err()).isZero();
        assertThat(real.out()).startsWith("Imported: 29 codes, 3 sources, 46 codings, 0 notes, 0 cases.\n");
        try (OpenProject a = RefiFixtures.open(sample); OpenProject b = RefiFixtures.open(dir.resolve("copy"))) {
            assertThat(RefiFixtures.codingLines(b)).isEqualTo(RefiFixtures.codingLines(a));
        }
        Run again = glose("import-qdpx", qdpx, dir.resolve("copy"));
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err().lines()).singleElement().asString().contains("already exists");
    }

    @Test
    void badInputGetsOneSentenceAndTheDocumentedExitCode() throws Exception {
        Path notZip = Files.writeString(dir.resolve("bad.qdpx"), "hello");
        Run bad = glose("import-qdpx", notZip, dir.resolve("x"));
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("bad.qdpx is not a QDPX file: it is not a ZIP archive.\n");
        assertThat(glose("export", sample, "--format", "nvp", "--out", dir.resolve("x.nvp")).exit()).isEqualTo(2);
        assertThat(glose("export", dir.resolve("none"), "--format", "qdpx", "--out", dir.resolve("x.qdpx")).exit())
                .isEqualTo(3);
        assertThat(glose("export", sample, "--format", "qdpx").exit()).isEqualTo(1);
    }

    @Test
    void codebookExportsInEachFormatAndAQdcImportsByMerging() throws Exception {
        for (String format : List.of("qdc", "csv", "md")) {
            Path file = dir.resolve("codebook." + format);
            Run run = glose("codebook", "export", sample, "--format", format, "--out", file);
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo("Exported 29 code(s) to " + file + ".\n");
        }
        RefiFixtures.assertValid(Files.readAllBytes(dir.resolve("codebook.qdc")), "Codebook.xsd");
        assertThat(glose("codebook", "export", sample, "--format", "xls", "--out", dir.resolve("c.xls")).exit())
                .isEqualTo(2);

        Path empty = dir.resolve("empty");
        assertThat(glose("init", empty).exit()).isZero();
        Run dry = glose("codebook", "import", empty, dir.resolve("codebook.qdc"), "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).startsWith("Matched 0 code(s) by GUID and 0 by path; would add 29;")
                .endsWith("Dry run: nothing was changed.\n");
        Run merge = glose("codebook", "import", empty, dir.resolve("codebook.qdc"));
        assertThat(merge.out()).startsWith("Matched 0 code(s) by GUID and 0 by path; added 29;");
        Run twice = glose("codebook", "import", empty, dir.resolve("codebook.qdc"));
        assertThat(twice.out()).startsWith("Matched 29 code(s) by GUID and 0 by path; added 0;");
        try (OpenProject a = RefiFixtures.open(sample); OpenProject b = RefiFixtures.open(empty)) {
            assertThat(RefiFixtures.codeLines(b)).isEqualTo(RefiFixtures.codeLines(a));
        }
    }
}
