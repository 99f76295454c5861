package org.glose.importer.txt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.glose.importer.ExtractedText;
import org.glose.importer.SampleCorpus;
import org.glose.importer.UnreadableDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextReaderTest {

    /** Every character here exists in windows-1252 (’ œ « » — included), none in plain ASCII. */
    private static final String FRENCH = "Élève à l’école : « Ça va, ma sœur ? » — déjà vu, naïveté.\n"
            + "Deuxième ligne : les données de l’État, où ça ? Là-bas, près du château.\n";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private final PlainTextReader reader = new PlainTextReader();

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("UTF-8", new byte[0], StandardCharsets.UTF_8),
                Arguments.of("UTF-8", UTF8_BOM, StandardCharsets.UTF_8),
                Arguments.of("UTF-16LE", UTF16LE_BOM, StandardCharsets.UTF_16LE),
                Arguments.of("UTF-16BE", UTF16BE_BOM, StandardCharsets.UTF_16BE),
                Arguments.of("windows-1252", new byte[0], Charset.forName("windows-1252")));
    }

    @ParameterizedTest(name = "{0}, BOM of {1} bytes")
    @MethodSource("encodings")
    void readsBackTheSameTextAndReportsTheEncoding(String expectedEncoding, byte[] bom, Charset charset)
            throws Exception {
        ExtractedText extracted = reader.read(concat(bom, FRENCH.getBytes(charset)), "accents.txt");

        assertThat(extracted.text()).isEqualTo(FRENCH).doesNotContain("\uFEFF");
        assertThat(extracted.encoding()).isEqualTo(expectedEncoding);
        assertThat(extracted.pageStarts()).isNull();
        assertThat(extracted.language()).isEqualTo("fr");
        assertThat(extracted.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void turnsCrlfAndCrIntoLf(String expectedEncoding, byte[] bom, Charset charset) throws Exception {
        String windows = FRENCH.replace("\n", "\r\n");
        String oldMac = FRENCH.replace("\n", "\r");

        assertThat(reader.read(concat(bom, windows.getBytes(charset)), "crlf.txt").text()).isEqualTo(FRENCH);
        assertThat(reader.read(concat(bom, oldMac.getBytes(charset)), "cr.txt").text()).isEqualTo(FRENCH);
    }

    @Test
    void latin1TextIsDetectedAsASingleByteWesternCharset() throws Exception {
        String latin1 = "Les données de l'été sont très intéressantes, à côté du château de l'Île-de-France.\n";

        ExtractedText extracted = reader.read(latin1.getBytes(StandardCharsets.ISO_8859_1), "latin1.txt");

        assertThat(extracted.text()).isEqualTo(latin1);
        assertThat(extracted.encoding()).isIn("windows-1252", "ISO-8859-1");
    }

    @Test
    void plainAsciiIsUtf8() throws Exception {
        ExtractedText extracted = reader.read("The data of the study.\n".getBytes(StandardCharsets.US_ASCII), "a.txt");

        assertThat(extracted.encoding()).isEqualTo("UTF-8");
        assertThat(extracted.language()).isEqualTo("en");
    }

    @Test
    void fallsBackToWindows1252WithAWarningWhenTheDetectorHasNoAnswer() throws Exception {
        byte[] undetectable = {(byte) 0x81, (byte) 0x8D, (byte) 0x8F};

        ExtractedText extracted = reader.read(undetectable, "odd.txt");

        assertThat(extracted.encoding()).isEqualTo("windows-1252");
        assertThat(extracted.warnings()).anySatisfy(w -> assertThat(w).contains("windows-1252 was assumed"));
    }

    @Test
    void straySmallControlCharactersAreRemovedWithAWarning() throws Exception {
        byte[] bytes = "Une ligne\u0000 avec un NUL\u0007.\n".getBytes(StandardCharsets.UTF_8);

        ExtractedText extracted = reader.read(bytes, "nul.txt");

        assertThat(extracted.text()).isEqualTo("Une ligne avec un NUL.\n");
        assertThat(extracted.warnings()).containsExactly("2 control characters (such as NUL) were removed from the text.");
    }

    @Test
    void utf16WithAnOddByteCountDropsTheHalfCharacterWithAWarning() throws Exception {
        byte[] bytes = concat(UTF16LE_BOM, "Données".getBytes(StandardCharsets.UTF_16LE), new byte[] {0x41});

        ExtractedText extracted = reader.read(bytes, "odd.txt");

        assertThat(extracted.text()).isEqualTo("Données");
        assertThat(extracted.warnings()).hasSize(1);
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"", "\uFEFF", "   \n\t\r\n  "})
    void refusesAnEmptyFile(String content) {
        assertThatThrownBy(() -> reader.read(content.getBytes(StandardCharsets.UTF_8), "empty.txt"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("it is empty");
    }

    @Test
    void refusesUtf16WithOnlyABom() {
        assertThatThrownBy(() -> reader.read(UTF16BE_BOM, "bom.txt")).hasMessage("it is empty");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pdf", "docx"})
    void refusesASampleBinaryFileRenamedTxt(String format) {
        byte[] binary = SampleCorpus.bytes("offre-de-stage", format);

        assertThatThrownBy(() -> reader.read(binary, "offre-de-stage.txt"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("it does not look like a text file");
    }

    @Test
    void refusesRandomBytesAndNulHeavyContent() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        byte[] nulHeavy = new byte[1000];
        System.arraycopy("abc".getBytes(StandardCharsets.US_ASCII), 0, nulHeavy, 0, 3);

        assertThatThrownBy(() -> reader.read(random, "random.txt")).hasMessage("it does not look like a text file");
        assertThatThrownBy(() -> reader.read(nulHeavy, "nul.txt")).hasMessage("it does not look like a text file");
    }

    @Test
    void recognisesAnythingButKnownBinaryFormats() {
        assertThat(reader.recognises(FRENCH.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(reader.recognises(new byte[0])).isTrue();
        assertThat(reader.recognises("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(reader.recognises(new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14})).isFalse();
        assertThat(reader.recognises(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})).isFalse();
    }

    @Test
    void describesItsFormat() {
        assertThat(reader.format()).isEqualTo("txt");
        assertThat(reader.extensions()).contains("txt", "text");
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
