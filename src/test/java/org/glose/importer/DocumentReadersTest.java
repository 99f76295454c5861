package org.glose.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.glose.importer.docx.DocxReader;
import org.glose.importer.pdf.PdfReader;
import org.glose.importer.txt.PlainTextReader;
import org.junit.jupiter.api.Test;

class DocumentReadersTest {

    private final DocumentReaders readers = DocumentReaders.load();

    @Test
    void loadsTheThreeReadersThroughServiceLoader() {
        assertThat(readers.all()).extracting(DocumentReader::format).containsExactly("docx", "pdf", "txt");
        assertThat(readers.all()).hasAtLeastOneElementOfType(PlainTextReader.class)
                .hasAtLeastOneElementOfType(DocxReader.class)
                .hasAtLeastOneElementOfType(PdfReader.class);
        assertThat(readers.supportedExtensions()).containsExactly("docx", "pdf", "text", "txt");
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
        assertThat(readers.forFormat("odt")).isEmpty();
    }

    @Test
    void everyReaderRecognisesItsOwnSampleFirstBytes() {
        for (String format : new String[] {"txt", "docx", "pdf"}) {
            byte[] sample = SampleCorpus.bytes("offre-de-stage", format);
            byte[] head = java.util.Arrays.copyOf(sample, Math.min(sample.length, 512));
            assertThat(readers.all()).filteredOn(reader -> reader.recognises(head))
                    .extracting(DocumentReader::format).as(format).containsExactly(format);
        }
    }
}
