package org.glose.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.glose.importer.doc.DocReader;
import org.glose.importer.docx.DocxReader;
import org.glose.importer.epub.EpubReader;
import org.glose.importer.html.HtmlReader;
import org.glose.importer.markdown.MarkdownReader;
import org.glose.importer.odt.OdtReader;
import org.glose.importer.pdf.PdfReader;
import org.glose.importer.rtf.RtfReader;
import org.glose.importer.txt.PlainTextReader;
import org.junit.jupiter.api.Test;

class DocumentReadersTest {

    private final DocumentReaders readers = DocumentReaders.load();

    @Test
    void loadsEveryReaderThroughServiceLoader() {
        assertThat(readers.all()).extracting(DocumentReader::format)
                .containsExactly("doc", "docx", "epub", "html", "md", "odt", "pdf", "rtf", "txt");
        assertThat(readers.all()).hasAtLeastOneElementOfType(PlainTextReader.class)
                .hasAtLeastOneElementOfType(DocxReader.class)
                .hasAtLeastOneElementOfType(PdfReader.class)
                .hasAtLeastOneElementOfType(DocReader.class)
                .hasAtLeastOneElementOfType(OdtReader.class)
                .hasAtLeastOneElementOfType(RtfReader.class)
                .hasAtLeastOneElementOfType(HtmlReader.class)
                .hasAtLeastOneElementOfType(MarkdownReader.class)
                .hasAtLeastOneElementOfType(EpubReader.class);
        assertThat(readers.supportedExtensions()).containsExactly("doc", "docx", "epub", "htm", "html", "markdown",
                "md", "odt", "pdf", "rtf", "text", "txt", "xhtml");
    }

    @Test
    void noReaderTakesATableExtension() {
        assertThat(readers.supportedExtensions()).doesNotContainAnyElementsOf(FileKind.TABLE_EXTENSIONS);
    }

    @Test
    void findsTheReaderByExtensionIgnoringCase() {
        assertThat(readers.forExtension("X.DOCX")).get().isInstanceOf(DocxReader.class);
        assertThat(readers.forExtension("Entretien 3.Pdf")).get().isInstanceOf(PdfReader.class);
        assertThat(readers.forExtension("/home/ysé/notes.v2.txt")).get().isInstanceOf(PlainTextReader.class);
        assertThat(readers.forExtension("C:\\corpus\\notes.TEXT")).get().isInstanceOf(PlainTextReader.class);
    }

    @Test
    void givesNothingForAnUnknownOrMissingExtension() {
        assertThat(readers.forExtension("slides.pptx")).isEmpty();
        assertThat(readers.forExtension("survey.xlsx")).isEmpty();
        assertThat(readers.forExtension("README")).isEmpty();
        assertThat(readers.forExtension("archive.docx.zip")).isEmpty();
        assertThat(readers.forExtension("dossier.pdf/notes")).isEmpty();
        assertThat(readers.forExtension(".txt")).isEmpty();
        assertThat(readers.forExtension("trailing.")).isEmpty();
        assertThat(readers.forExtension(null)).isEmpty();
    }

    @Test
    void findsTheReaderByFormat() {
        assertThat(readers.forFormat("PDF")).get().isInstanceOf(PdfReader.class);
        assertThat(readers.forFormat("odt")).get().isInstanceOf(OdtReader.class);
        assertThat(readers.forFormat("xlsx")).isEmpty();
    }

    @Test
    void everyReaderRecognisesItsOwnSampleFirstBytes() {
        for (String format : new String[] {"txt", "docx", "pdf", "doc", "odt", "rtf", "html", "md"}) {
            byte[] sample = SampleCorpus.bytes("offre-de-stage", format);
            byte[] head = java.util.Arrays.copyOf(sample, Math.min(sample.length, 512));
            assertThat(readers.all()).filteredOn(reader -> reader.recognises(head))
                    .extracting(DocumentReader::format).as(format).contains(format);
        }
    }

    @Test
    void theBinaryFormatsRecogniseNoText() {
        byte[] head = java.util.Arrays.copyOf(SampleCorpus.bytes("offre-de-stage", "txt"), 512);
        assertThat(readers.all()).filteredOn(reader -> reader.recognises(head))
                .extracting(DocumentReader::format).containsExactlyInAnyOrder("html", "md", "txt");
    }
}
