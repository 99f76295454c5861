package org.glose.interchange.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glose.core.coding.MergeCodebook;
import org.glose.core.coding.MergeCodebook.Conflict;
import org.glose.core.coding.MergeCodebook.Entry;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.interchange.refi.RefiFixtures;
import org.glose.sample.SampleProject;
import org.glose.store.H2ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** QDC export (valid against Codebook.xsd) and import (tolerant read, merge by GUID then path), CSV, Markdown. */
class QdcCodebookTest {

    @TempDir
    Path dir;

    @TempDir
    static Path shared;
    static Path sample;

    @org.junit.jupiter.api.BeforeAll
    static void sampleProject() {
        sample = shared.resolve("sample");
        SampleProject.create(sample).close();
    }

    private static QdcReader.QdcCodebook read(String xml) throws IOException {
        return QdcReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.qdc");
    }

    private OpenProject emptyProject() {
        return new OpenProject(H2ProjectStore.create(dir.resolve("p"), "P"));
    }

    @Test
    void theSampleCodebookExportsValidQdcThatReadsBackTheSame() throws Exception {
        try (OpenProject p = RefiFixtures.open(sample)) {
            Path qdc = dir.resolve("book.qdc");
            assertThat(CodebookExport.write(p, CodebookExport.Format.QDC, qdc)).isEqualTo(29);
            byte[] bytes = Files.readAllBytes(qdc);
            RefiFixtures.assertValid(bytes, "Codebook.xsd");
            Codebook book = p.read(tx -> tx.codes().codebook());
            List<Entry> entries = QdcReader.read(new ByteArrayInputStream(bytes), "book.qdc").codes();
            Code first = book.depthFirst().get(0);
            assertThat(entries.get(0).guid()).isEqualTo(first.guid());
            assertThat(entries.get(0).details()).isEqualTo(first.details());
            // merging the project's own codebook matches everything by GUID and changes nothing
            MergeCodebook.Preview preview = p.read(tx -> new MergeCodebook(entries).preview(tx));
            assertThat(preview.matchedByGuid()).isEqualTo(29);
            assertThat(preview.added() + preview.filled() + preview.conflicts().size()).isZero();
        }
    }

    @Test
    void anEmptyCodebookIsNotExportedAsQdc() {
        try (OpenProject p = emptyProject()) {
            assertThatThrownBy(() -> CodebookExport.write(p, CodebookExport.Format.QDC, dir.resolve("x.qdc")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
            assertThat(dir.resolve("x.qdc")).doesNotExist();
        }
    }

    @Test
    void aTaguetteCodebookWithEmptySetsAndNamespaceVariantsIsRead() throws Exception {
        // Taguette writes an empty <Sets/> (not valid); NVivo-Mac copies use the 1:0 namespace; qc writes none
        String taguette = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" "
                + "origin=\"Taguette 1.4.1\"><Codes><Code guid=\"098AC082-A9C7-50F4-9728-48730081A95E\" name=\"One\" "
                + "isCodable=\"true\"/><Code guid=\"{A2209CFF-8E89-5B0A-A7B0-CDDC4BE92936}\" name=\"Two\" isCodable="
                + "\"false\" color=\"#0a0\"/></Codes><Sets/></CodeBook>";
        QdcReader.QdcCodebook book = read(taguette);
        assertThat(book.codes()).extracting(Entry::name).containsExactly("One", "Two");
        assertThat(book.codes()).extracting(Entry::guid).containsExactly("098ac082-a9c7-50f4-9728-48730081a95e",
                "a2209cff-8e89-5b0a-a7b0-cddc4be92936");
        assertThat(book.codes().get(1).colour()).isEqualTo("#00AA00");
        assertThat(book.nonCodable()).isEqualTo(1);
        assertThat(read("<CodeBook xmlns=\"urn:QDA-XML:codebook:1:0\"><Codes><Code guid=\"098AC082-A9C7-50F4-9728-"
                + "48730081A95E\" name=\"A\" isCodable=\"true\"><Code name=\"a\" guid=\"x\" isCodable=\"true\"/><Code "
                + "name=\"A\" isCodable=\"true\"/></Code></Codes></CodeBook>").codes().get(0).children())
                .extracting(Entry::name, Entry::guid)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", null),
                        org.assertj.core.groups.Tuple.tuple("A (2)", null));
    }

    @Test
    void hostileOrWrongFilesAreRefused() {
        assertThatThrownBy(() -> read("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><CodeBook>&e;"
                + "</CodeBook>")).isInstanceOf(InvalidInputException.class).hasMessageContaining("DTD");
        assertThatThrownBy(() -> read("<Project/>")).hasMessageContaining("not a REFI-QDA codebook");
        assertThatThrownBy(() -> read("<CodeBook><Codes/></CodeBook>")).hasMessageContaining("holds no codes");
    }

    @Test
    void mergingMatchesByGuidThenByPathFillsGapsAndPreviewsConflicts() throws Exception {
        try (OpenProject p = emptyProject()) {
            String qdc = "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                    + "<Code guid=\"11111111-0000-0000-0000-000000000001\" name=\"Trust\" isCodable=\"true\" color=\"#"
                    + "FF0000\"><Description>Confidence in others.</Description>"
                    + "<Code guid=\"11111111-0000-0000-0000-000000000002\" name=\"Institutions\" isCodable=\"true\"/>"
                    + "</Code></Codes></CodeBook>";
            MergeCodebook first = new MergeCodebook(read(qdc).codes());
            MergeCodebook.Preview dry = p.read(tx -> first.preview(tx));
            assertThat(dry.addedPaths()).containsExactly("Trust", "Trust/Institutions");
            List<Code> none = p.read(tx -> tx.codes().list());
            assertThat(none).isEmpty();
            p.execute(first);
            // a colleague renamed Trust, recoloured it and added a code; another file has the same path, new GUID
            String theirs = "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                    + "<Code guid=\"11111111-0000-0000-0000-000000000001\" name=\"Confidence\" isCodable=\"true\" "
                    + "color=\"#00FF00\"><Description>Another definition.\n\nExample: I trust them.</Description>"
                    + "<Code guid=\"99999999-0000-0000-0000-000000000002\" name=\"institutions\" isCodable=\"true\">"
                    + "<Description>Courts, parliament.</Description></Code>"
                    + "<Code guid=\"11111111-0000-0000-0000-000000000003\" name=\"Neighbours\" isCodable=\"true\"/>"
                    + "</Code></Codes></CodeBook>";
            MergeCodebook merge = new MergeCodebook(read(theirs).codes());
            MergeCodebook.Preview preview = p.read(tx -> merge.preview(tx));
            assertThat(preview.matchedByGuid()).isEqualTo(1);
            assertThat(preview.matchedByPath()).isEqualTo(1);
            assertThat(preview.addedPaths()).containsExactly("Trust/Neighbours");
            assertThat(preview.conflicts()).containsExactly(
                    new Conflict("Trust", "path", "Trust", "Confidence"),
                    new Conflict("Trust", "colour", "#FF0000", "#00FF00"),
                    new Conflict("Trust", "description", "Confidence in others.", "Another definition."));
            assertThat(preview.filled()).isEqualTo(2);
            p.execute(merge);
            List<String> codes = RefiFixtures.codeLines(p);
            assertThat(codes).containsExactly(
                    "Trust | #FF0000 | Confidence in others. | null | null | I trust them. | "
                            + "11111111-0000-0000-0000-000000000001",
                    "Trust/Institutions | " + codes.get(1).split(" \\| ")[1] + " | Courts, parliament. | null | null | "
                            + "null | 11111111-0000-0000-0000-000000000002",
                    "Trust/Neighbours | " + codes.get(2).split(" \\| ")[1] + " | null | null | null | null | "
                            + "11111111-0000-0000-0000-000000000003");
            p.undo();
            List<Code> left = p.read(tx -> tx.codes().list());
            assertThat(left).hasSize(2);
            assertThat(RefiFixtures.codeLines(p).get(0)).startsWith("Trust | #FF0000 | Confidence in others. | null "
                    + "| null | null");
        }
    }

    @Test
    void csvAndMarkdownListEveryCodeWithItsDetails() throws Exception {
        try (OpenProject p = RefiFixtures.open(sample)) {
            Path csv = dir.resolve("book.csv");
            Path md = dir.resolve("book.md");
            CodebookExport.write(p, CodebookExport.Format.CSV, csv);
            CodebookExport.write(p, CodebookExport.Format.MD, md);
            assertThat(Files.readAllLines(csv).get(0)).isEqualTo(String.join(",", CodebookCsv.HEADER));
            List<org.apache.commons.csv.CSVRecord> rows;
            try (var parser = org.apache.commons.csv.CSVParser.parse(csv, StandardCharsets.UTF_8,
                    org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
                rows = parser.getRecords();
            }
            assertThat(rows).hasSize(29);
            assertThat(rows.get(0).toList().subList(0, 5)).containsExactly("Panoptique", "Panoptique", "", "1",
                    "#E69F00");
            assertThat(rows).filteredOn(r -> r.get("level").equals("2")).first()
                    .satisfies(r -> assertThat(r.get("path")).isEqualTo(r.get("parent") + "/" + r.get("name")));
            String markdown = Files.readString(md);
            assertThat(markdown).startsWith("# Codebook — " + SampleProject.NAME + "\n\n29 codes.\n");
            assertThat(markdown).contains("\n## Panoptique\n\nColour `#E69F00` · ");
            assertThat(markdown).contains("**Inclusion criteria:** Collecte ou centralisation");
            assertThat(CodebookMarkdown.escape("a*b_[c]#")).isEqualTo("a\\*b\\_\\[c\\]\\#");
        }
    }
}
