package org.glose.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.text.PDFTextStripper;
import org.glose.importer.ExtractedText;
import org.glose.importer.SampleCorpus;
import org.glose.importer.UnreadableDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PdfReaderTest {

    private final PdfReader reader = new PdfReader();

    static Stream<Arguments> phrasesOnKnownPages() {
        // Found with PDFBox page by page (as pdftotext -f N -l N would); each phrase occurs once in its document.
        return Stream.of(
                Arguments.of("offre-de-stage", 3, "Contexte scientifique", 1),
                Arguments.of("offre-de-stage", 3, "Analyse documentaire approfondie", 2),
                Arguments.of("offre-de-stage", 3, "Ce cadre institutionnel favorise le croisement", 3),
                Arguments.of("conference-plateformes-2019", 10, "L'intervention de M. Paris a été suivie", 6),
                Arguments.of("conference-plateformes-2019", 10, "Cette première conférence a mis en évidence", 10),
                Arguments.of("ingechef-data-gouv-terr", 62, "la circulation des données a un coût", 31),
                Arguments.of("ingechef-data-gouv-terr", 62, "L’expérimentation de cette mise en dialogue", 61));
    }

    @ParameterizedTest(name = "{0}: \"{2}\" on page {3}")
    @MethodSource("phrasesOnKnownPages")
    void aPhraseLiesOnItsPage(String document, int pageCount, String phrase, int page) throws Exception {
        ExtractedText extracted = reader.read(SampleCorpus.bytes(document, "pdf"), document + ".pdf");

        int offset = extracted.text().indexOf(phrase);
        assertThat(offset).as("offset of \"%s\"", phrase).isNotNegative();
        assertThat(extracted.text().lastIndexOf(phrase)).isEqualTo(offset);
        assertThat(extracted.pageCount()).isEqualTo(pageCount);
        assertThat(extracted.pageAt(offset)).isEqualTo(page);
        assertThat(extracted.pageAt(offset + phrase.length() - 1)).isEqualTo(page);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"offre-de-stage", "conference-plateformes-2019", "ingechef-data-gouv-terr"})
    void pageStartsMatchThePagesOfThePdf(String document) throws Exception {
        byte[] bytes = SampleCorpus.bytes(document, "pdf");
        ExtractedText extracted = reader.read(bytes, document + ".pdf");

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(extracted.pageStarts()).hasSize(pdf.getNumberOfPages()).startsWith(0).isSorted();
            // Between two page starts lies exactly what PDFBox's plain stripper finds on that page, but for spaces.
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                int end = page < pdf.getNumberOfPages() ? extracted.pageStarts().get(page) : extracted.text().length();
                String slice = extracted.text().substring(extracted.pageStarts().get(page - 1), end);
                assertThat(withoutSpaces(slice)).as("page %d", page).isEqualTo(withoutSpaces(stripper.getText(pdf)));
            }
        }
    }

    private static String withoutSpaces(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }

    @Test
    void sampleWithAnEmptyLastPageSaysSo() throws Exception {
        ExtractedText extracted = reader.read(SampleCorpus.bytes("ingechef-data-gouv-terr", "pdf"), "x.pdf");

        assertThat(extracted.pageStarts().get(61)).isEqualTo(extracted.text().length());
        assertThat(extracted.warnings()).containsExactly("Page 62 has no extractable text (an image-only page needs OCR).");
    }

    @Test
    void pagesAreSeparatedByALineBreakAndParagraphLinesAreJoined() throws Exception {
        ExtractedText extracted = reader.read(SampleCorpus.bytes("offre-de-stage", "pdf"), "x.pdf");
        String text = extracted.text();

        assertThat(text).startsWith("# Offre de stage – stage recherche, Master 2\n**Gouvernance, viabilité et « dark side » "
                + "des plateformes de données d'intérêt général**\n");
        assertThat(text).contains("peuvent-elles concilier", "\n- Comment la gouvernance des données est-elle organisée ?\n");
        assertThat(text.charAt(extracted.pageStarts().get(1) - 1)).isEqualTo('\n');
        assertThat(text).doesNotContain("\f", "  ", " \n", "\n\n");
    }

    @Test
    void refusesAPasswordProtectedPdf() throws Exception {
        byte[] encrypted = encrypt(textPdf("Contenu confidentiel."), "lecteur");

        assertThatThrownBy(() -> reader.read(encrypted, "secret.pdf"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("it is password-protected");
    }

    @Test
    void readsAPdfWithOnlyAnOwnerPassword() throws Exception {
        byte[] restricted = encrypt(textPdf("Contenu protégé en écriture."), "");

        assertThat(reader.read(restricted, "restricted.pdf").text()).isEqualTo("Contenu protégé en écriture.");
    }

    @Test
    void refusesRandomBytesTextAndTruncatedPdf() {
        byte[] random = new byte[5000];
        new Random(7).nextBytes(random);
        byte[] fakeHeader = ("%PDF-1.7\n" + "n'importe quoi ".repeat(50)).getBytes(StandardCharsets.US_ASCII);
        byte[] sample = SampleCorpus.bytes("offre-de-stage", "pdf");
        byte[] truncated = Arrays.copyOf(sample, sample.length / 2);
        byte[] text = SampleCorpus.bytes("offre-de-stage", "txt");

        for (byte[] bytes : List.of(random, fakeHeader, truncated, text)) {
            assertThatThrownBy(() -> reader.read(bytes, "x.pdf"))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("it is not a valid PDF file");
        }
        assertThatThrownBy(() -> reader.read(new byte[0], "x.pdf")).hasMessage("it is empty");
    }

    @Test
    void warnsWhenTheEndOfTheFileIsMissingButTheTextCouldBeRecovered() throws Exception {
        byte[] sample = textPdf("Texte récupérable.");
        byte[] cut = Arrays.copyOf(sample, sample.length - 7);   // drops "%%EOF\n"

        ExtractedText extracted = reader.read(cut, "cut.pdf");

        assertThat(extracted.text()).isEqualTo("Texte récupérable.");
        assertThat(extracted.warnings()).anySatisfy(w -> assertThat(w).contains("truncated"));
    }

    @Test
    void refusesAPdfWithoutText() throws Exception {
        byte[] scanned;
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(LosslessFactory.createFromImage(pdf, image), 100, 100);
            }
            pdf.addPage(new PDPage());
            scanned = save(pdf);
        }

        assertThatThrownBy(() -> reader.read(scanned, "scan.pdf"))
                .hasMessage("it contains no extractable text (a scanned PDF needs OCR first)");
    }

    @Test
    void recognisesThePdfMagicNumber() {
        assertThat(reader.recognises(SampleCorpus.bytes("offre-de-stage", "pdf"))).isTrue();
        assertThat(reader.recognises(SampleCorpus.bytes("offre-de-stage", "docx"))).isFalse();
        assertThat(reader.recognises(SampleCorpus.bytes("offre-de-stage", "txt"))).isFalse();
        assertThat(reader.format()).isEqualTo("pdf");
        assertThat(reader.extensions()).containsExactly("pdf");
    }

    /** A one-page PDF with one line of text in a standard font (WinAnsi: accents are fine). */
    static byte[] textPdf(String line) throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            return save(pdf);
        }
    }

    private static byte[] encrypt(byte[] bytes, String userPassword) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("propriétaire", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            return save(pdf);
        }
    }

    private static byte[] save(PDDocument pdf) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }
}
