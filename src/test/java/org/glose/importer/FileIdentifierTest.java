package org.glose.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileIdentifierTest {

    private static final Set<String> READABLE = Set.of("txt", "docx", "pdf", "doc", "odt", "rtf", "html", "md",
            "epub", "xlsx", "xls", "ods", "csv");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pdf, PDF", "docx, DOCX", "doc, DOC", "odt, ODT", "rtf, RTF", "txt, OTHER", "html, OTHER", "md, OTHER"})
    void identifiesTheSampleFilesByContent(String extension, FileKind kind) {
        assertThat(FileIdentifier.identify(SampleCorpus.bytes("offre-de-stage", extension))).isEqualTo(kind);
    }

    @Test
    void identifiesZipPackagesByTheirEntries() {
        assertThat(FileIdentifier.identify(TestZips.zip("mimetype", "application/epub+zip", "x.xhtml", "<p/>")))
                .isEqualTo(FileKind.EPUB);
        assertThat(FileIdentifier.identify(TestZips.zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", "<x/>"))).isEqualTo(FileKind.ODS);
        assertThat(FileIdentifier.identify(TestZips.zip("[Content_Types].xml", "<x/>", "xl/workbook.xml", "<x/>")))
                .isEqualTo(FileKind.XLSX);
        assertThat(FileIdentifier.identify(TestZips.zip("notes.txt", "un zip ordinaire"))).isEqualTo(FileKind.OTHER);
        assertThat(FileIdentifier.identify(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2})).isEqualTo(FileKind.OTHER);
        assertThat(FileIdentifier.identify(new byte[0])).isEqualTo(FileKind.OTHER);
    }

    @Test
    void saysWhatAMisnamedFileReallyIs() {
        assertThat(FileIdentifier.mismatch(SampleCorpus.bytes("offre-de-stage", "docx"), "doc", READABLE)).contains(
                "it is really a Word document (.docx), not a DOC file: rename it to .docx to import it");
        assertThat(FileIdentifier.mismatch(SampleCorpus.bytes("offre-de-stage", "pdf"), "DOCX", READABLE)).contains(
                "it is really a PDF file, not a DOCX file: rename it to .pdf to import it");
        assertThat(FileIdentifier.mismatch(SampleCorpus.bytes("offre-de-stage", "rtf"), "txt", READABLE)).contains(
                "it is really an RTF document (.rtf), not a TXT file: rename it to .rtf to import it");
        assertThat(FileIdentifier.mismatch(TestZips.zip("ppt/presentation.xml", "<x/>"), "odt", READABLE)).contains(
                "it is really a PowerPoint presentation (.pptx), not an ODT file, and Glose cannot import that kind "
                        + "of file");
    }

    @Test
    void leavesTextAndMatchingFilesToTheirReader() {
        assertThat(FileIdentifier.mismatch(SampleCorpus.bytes("offre-de-stage", "html"), "txt", READABLE)).isEmpty();
        assertThat(FileIdentifier.mismatch(SampleCorpus.bytes("offre-de-stage", "txt"), "docx", READABLE)).isEmpty();
        assertThat(FileIdentifier.mismatch(SampleCorpus.bytes("offre-de-stage", "doc"), "DOC", READABLE)).isEmpty();
        assertThat(FileIdentifier.mismatch(new byte[0], "pdf", READABLE)).isEmpty();
    }
}
