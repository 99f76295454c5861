package org.glose.interchange.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.glose.core.project.OpenProject;
import org.glose.sample.SampleProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Glose → QDPX → Glose: the sample project, enriched with memos, cases and emoji, comes back unchanged. */
class QdpxRoundTripTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    static Path qdpx;
    static List<String> codes;
    static List<String> codings;
    static List<String> content;

    @BeforeAll
    static void exportSample() {
        try (OpenProject p = SampleProject.create(dir.resolve("sample"))) {
            ProjectContent.enrich(p);
            codes = RefiFixtures.codeLines(p);
            codings = RefiFixtures.codingLines(p);
            content = ProjectContent.dump(p);
            qdpx = dir.resolve("sample.qdpx");
            RefiFixtures.export(p, qdpx, CLOCK);
        }
    }

    @Test
    void theProjectFileIsValidAgainstTheRefiSchema() throws Exception {
        RefiFixtures.assertValid(RefiFixtures.entry(qdpx, "project.qde"), "Project-mrt2019.xsd");
    }

    @Test
    void theArchiveHoldsTheProjectFileAndOneTextPerDocumentWithItsOriginal() throws Exception {
        List<String> names = RefiFixtures.entryNames(qdpx);
        assertThat(names.get(0)).isEqualTo("project.qde");
        assertThat(names).filteredOn(n -> n.startsWith("sources/") && n.endsWith(".txt")).hasSize(5);
        assertThat(names).filteredOn(n -> n.startsWith("sources/") && n.endsWith(".pdf")).hasSize(1);
        assertThat(names).filteredOn(n -> n.startsWith("sources/") && n.endsWith(".docx")).hasSize(1);
        assertThat(names).allMatch(n -> n.equals("project.qde") || n.startsWith("sources/") && n.indexOf('/', 8) < 0
                || n.startsWith("glose/"));
    }

    @Test
    void positionsAreWrittenInCodePoints() throws Exception {
        String qde = new String(RefiFixtures.entry(qdpx, "project.qde"), StandardCharsets.UTF_8);
        String text = ProjectContent.EMOJI_TEXT;
        int startUtf16 = text.indexOf("données");
        // the coding is [21, 35) in UTF-16 units: one emoji before it, two inside it (two units each)
        assertThat(startUtf16).isEqualTo(21);
        assertThat(qde).contains("startPosition=\"20\" endPosition=\"32\"");
        assertThat(text.codePointCount(0, 35)).isEqualTo(32);
    }

    @Test
    void twoExportsOfTheSameProjectAreIdentical() throws Exception {
        Path again = dir.resolve("again.qdpx");
        try (OpenProject p = RefiFixtures.open(dir.resolve("sample"))) {
            RefiFixtures.export(p, again, CLOCK);
        }
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(qdpx));
    }

    @Test
    void importingTheExportGivesBackTheSameProject() {
        LossReport report = RefiFixtures.importQdpx(qdpx, dir.resolve("back"));
        assertThat(report.skipped()).isEmpty();
        try (OpenProject back = RefiFixtures.open(dir.resolve("back"))) {
            assertThat(back.name()).isEqualTo(SampleProject.NAME);
            assertThat(RefiFixtures.codeLines(back)).isEqualTo(codes);
            assertThat(RefiFixtures.codingLines(back)).isEqualTo(codings);
            assertThat(ProjectContent.dump(back)).isEqualTo(content);
        }
        assertThat(report.codes()).isEqualTo(codes.size());
        assertThat(report.codings()).isEqualTo(codings.size());
        assertThat(report.sources()).isEqualTo(5);
        assertThat(report.notes()).isEqualTo(4);
        assertThat(report.cases()).isEqualTo(2);
    }
}
