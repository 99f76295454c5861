package org.glose.importer.rtf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.glose.importer.ExtractedText;
import org.glose.importer.SampleCorpus;
import org.glose.importer.UnreadableDocumentException;
import org.glose.importer.txt.PlainTextReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RtfReaderTest {

    private final RtfReader reader = new RtfReader();

    private String read(String rtf) throws UnreadableDocumentException {
        return reader.read(rtf.getBytes(StandardCharsets.ISO_8859_1), "x.rtf").text();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"offre-de-stage", "conference-plateformes-2019", "ingechef-data-gouv-terr"})
    void sampleRtfGivesExactlyTheTextOfItsTxtTwin(String document) throws Exception {
        ExtractedText rtf = reader.read(SampleCorpus.bytes(document, "rtf"), document + ".rtf");
        ExtractedText txt = new PlainTextReader().read(SampleCorpus.bytes(document, "txt"), document + ".txt");

        assertThat(rtf.text().stripTrailing()).isEqualTo(txt.text().stripTrailing());
        assertThat(rtf.pageStarts()).isNull();
        assertThat(rtf.warnings()).isEmpty();
    }

    @Test
    void decodesCodePagesOfTheDocumentAndOfFonts() throws Exception {
        assertThat(read("{\\rtf1\\ansi\\ansicpg1252 caf\\'e9 \\'80\\par}")).isEqualTo("café €\n");
        assertThat(read("{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2\\par}")).isEqualTo("Привет\n");
        assertThat(read("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\fcharset0 Arial;}{\\f1\\fcharset161 Arial Greek;}}"
                + "\\f0 caf\\'e9 {\\f1 \\'e1\\'e2\\'e3} \\'e9\\par}")).isEqualTo("café αβγ é\n");
        assertThat(read("{\\rtf1\\mac caf\\'8e\\par}")).isEqualTo("café\n");
        assertThat(read("{\\rtf1\\ansi\\ansicpg932 \\'93\\'fa\\'96\\'7b\\par}")).isEqualTo("日本\n");
    }

    @Test
    void readsUnicodeCharactersAndSkipsTheirFallback() throws Exception {
        assertThat(read("{\\rtf1\\ansi \\u233\\'e9t\\u233? \\u8364?\\par}")).isEqualTo("été €\n");
        assertThat(read("{\\rtf1\\ansi\\uc2 \\u1071\\'3f\\'3f \\uc0\\u1071 z\\par}")).isEqualTo("Я Яz\n");
        assertThat(read("{\\rtf1\\ansi \\u-10179?\\u-8704? emoji\\par}")).isEqualTo("\uD83D\uDE00 emoji\n");
        assertThat(read("{\\rtf1\\ansi {\\uc1\\u26085 ?}\\u26412 ?\\par}")).isEqualTo("日本\n");
    }

    @Test
    void laysOutParagraphsTablesNotesHeadersAndFooters() throws Exception {
        String rtf = "{\\rtf1\\ansi{\\fonttbl{\\f0 Times;}}{\\colortbl;\\red0\\green0\\blue0;}"
                + "{\\stylesheet{\\s0 Normal;}}{\\info{\\title Titre cach\\'e9}}{\\header \\pard En-t\\'eate\\par}"
                + "{\\footer \\pard Pied\\par}{\\*\\generator Test;}"
                + "\\pard Premi\\'e8re ligne\\line suite\\tab fin\\par"
                + "\\trowd\\cellx1000\\cellx2000\\pard\\intbl Nom\\cell R\\'f4le\\cell\\row"
                + "\\trowd\\cellx1000\\cellx2000\\pard\\intbl \\'c9lise\\par Tarbes\\cell Analyste\\cell\\row"
                + "\\pard Une note{\\super\\chftn}{\\*\\footnote\\pard{\\super\\chftn} Texte de la note.\\par} et"
                + " {\\field{\\*\\fldinst HYPERLINK \"https://example.org\"}{\\fldrslt un lien}}.\\par"
                + "{\\listtext\\'b7\\tab}Puce{\\v cach\\'e9}\\~visible\\emdash fin{\\pict\\pngblip 89504e47}\\par"
                + "{\\*\\unknowndestination ignor\\'e9}\\ldblquote cit\\'e9\\rdblquote  \\{accolades\\}\\par}";

        assertThat(read(rtf)).isEqualTo("""
                En-tête
                Première ligne
                suite\tfin
                Nom\tRôle
                Élise
                Tarbes\tAnalyste
                Une note[1] et un lien.
                Puce\u00A0visible\u2014fin
                \u201Ccité\u201D {accolades}

                [1] Texte de la note.
                Pied""");
    }

    @Test
    void skipsBinaryData() throws Exception {
        byte[] rtf = "{\\rtf1\\ansi avant {\\pict\\bin5 {}}\\}} apr\\'e8s\\par}".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(reader.read(rtf, "x.rtf").text()).isEqualTo("avant  après\n");
    }

    @Test
    void warnsWhenTheFileIsTruncated() throws Exception {
        ExtractedText text = reader.read("{\\rtf1\\ansi d\\'e9but du texte\\par la su".getBytes(StandardCharsets.ISO_8859_1),
                "x.rtf");

        assertThat(text.text()).isEqualTo("début du texte\nla su");
        assertThat(text.warnings()).containsExactly(
                "The file seems truncated (it ends before its last closing brace); text may be missing.");
    }

    @Test
    void refusesWhatIsNotRtfAndEmptyFiles() {
        assertThatThrownBy(() -> reader.read(SampleCorpus.bytes("offre-de-stage", "docx"), "x.rtf"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("it is not a valid RTF file");
        assertThatThrownBy(() -> reader.read(SampleCorpus.bytes("offre-de-stage", "txt"), "x.rtf"))
                .hasMessage("it is not a valid RTF file");
        assertThatThrownBy(() -> reader.read(new byte[0], "x.rtf")).hasMessage("it is empty");
        assertThatThrownBy(() -> read("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\par}")).hasMessage("it is empty");
    }
}
