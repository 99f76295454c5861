package org.glose.importer.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.glose.importer.ExtractedText;
import org.glose.importer.SampleCorpus;
import org.glose.importer.UnreadableDocumentException;
import org.glose.importer.txt.PlainTextReader;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private final HtmlReader reader = new HtmlReader();

    private ExtractedText read(String html, Charset charset) throws UnreadableDocumentException {
        return reader.read(html.getBytes(charset), "x.html");
    }

    @Test
    void sampleHtmlKeepsTheLinesOfItsTxtTwin() throws Exception {
        ExtractedText html = reader.read(SampleCorpus.bytes("ingechef-data-gouv-terr", "html"), "x.html");
        ExtractedText txt = new PlainTextReader().read(SampleCorpus.bytes("ingechef-data-gouv-terr", "txt"), "x.txt");

        // LibreOffice wrote the TXT as one <pre>: every line and space survives (blank lines at the edges aside).
        assertThat(html.text().strip()).isEqualTo(txt.text().strip());
        assertThat(html.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void keepsOnlyVisibleTextWithBlocksAsLines() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>Titre</title><style>p { color: red }</style>"
                + "<script>var x = '<p>non</p>';</script></head><body>"
                + "<h1>Entretien   n&deg;1</h1><p>Élise&nbsp;: <b>bonjour</b>,\n   <i>ça</i> va&hellip;<br>Oui.</p>"
                + "<p><br></p><div>Bloc <span>en ligne</span></div>"
                + "<ul><li>premier</li><li>second <a href=\"x\">lien</a></li></ul>"
                + "<table><tr><th>Nom</th><th>Rôle</th></tr><tr><td> Yanis </td><td><p>Codeur</p></td></tr></table>"
                + "<noscript>Activez JavaScript</noscript><template><p>modèle</p></template>"
                + "<p hidden>caché</p><p style=\"display: none\">caché aussi</p><!-- commentaire -->"
                + "<pre>  deux espaces\n\tune tabulation</pre><p>Fin &amp; suite &lt;tag&gt; &#x1F600;</p></body></html>";

        assertThat(read(html, StandardCharsets.UTF_8).text()).isEqualTo("""
                Entretien n°1
                Élise\u00A0: bonjour, ça va…
                Oui.

                Bloc en ligne
                premier
                second lien
                Nom\tRôle
                Yanis\tCodeur
                  deux espaces
                \tune tabulation
                Fin & suite <tag> \uD83D\uDE00""");
    }

    @Test
    void decodesTheCharsetTheFileDeclaresOrTheDetectedOne() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "</head><body><p>Les données d’intérêt général – été</p></body></html>";
        Charset windows1252 = Charset.forName("windows-1252");

        ExtractedText declared = read(page, windows1252);
        ExtractedText detected = read(page.replace("charset=iso-8859-1", ""), windows1252);
        ExtractedText utf8 = read(page.replace("iso-8859-1", "utf-8"), StandardCharsets.UTF_8);

        assertThat(declared.text()).isEqualTo("Les données d’intérêt général – été");
        assertThat(declared.encoding()).isEqualTo("windows-1252");
        assertThat(detected.text()).isEqualTo("Les données d’intérêt général – été");
        assertThat(utf8.text()).isEqualTo("Les données d’intérêt général – été");
    }

    @Test
    void refusesBinaryAndEmptyPages() {
        assertThatThrownBy(() -> reader.read(SampleCorpus.bytes("offre-de-stage", "pdf"), "x.html"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("it does not look like a text file");
        assertThatThrownBy(() -> reader.read(new byte[0], "x.html")).hasMessage("it is empty");
        assertThatThrownBy(() -> read("<html><head><title>Rien</title></head><body><script>x()</script></body></html>",
                StandardCharsets.UTF_8)).hasMessage("it is empty");
    }

    @Test
    void readsAPageNestedTooDeeplyForARecursiveWalk() throws Exception {
        String deep = "<div>".repeat(200_000) + "profond";

        assertThat(read(deep, StandardCharsets.UTF_8).text()).isEqualTo("profond");
    }

    @Test
    void removesNulCharactersWithAWarning() throws Exception {
        ExtractedText text = read("<p>avant\u0000après</p>", StandardCharsets.UTF_8);

        assertThat(text.text()).isEqualTo("avantaprès");
        assertThat(text.warnings()).containsExactly("1 control character (such as NUL) was removed from the text.");
    }
}
