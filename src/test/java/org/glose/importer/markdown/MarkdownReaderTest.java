package org.glose.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.glose.importer.ExtractedText;
import org.glose.importer.SampleCorpus;
import org.glose.importer.UnreadableDocumentException;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    private final MarkdownReader reader = new MarkdownReader();

    private String read(String markdown) throws UnreadableDocumentException {
        return reader.read(markdown.getBytes(StandardCharsets.UTF_8), "x.md").text();
    }

    @Test
    void rendersTheTextWithoutMarkupOneLinePerBlock() throws Exception {
        String markdown = """
                # Offre de stage

                **Durée : 6 mois** et *lieu* : `Tarbes`,
                suite du paragraphe.\\
                ligne forcée

                - premier point
                - second [lien](https://example.org) ![image](x.png)

                3. troisième
                4) mal numéroté mais suivi

                > citation

                ---

                    code  indenté

                ```
                bloc <b>de code</b>
                ```

                <div><p>Bloc HTML</p><script>non()</script></div>

                Texte<br>après<span>x</span>

                [ref]: https://example.org
                """;

        assertThat(read(markdown)).isEqualTo("""
                Offre de stage
                Durée : 6 mois et lieu : Tarbes, suite du paragraphe.
                ligne forcée
                premier point
                second lien\s
                3. troisième
                4) mal numéroté mais suivi
                citation
                code  indenté
                bloc <b>de code</b>
                Bloc HTML
                Texte
                aprèsx""");
    }

    @Test
    void sampleMarkdownKeepsTheTextOfItsParagraphs() throws Exception {
        ExtractedText md = reader.read(SampleCorpus.bytes("offre-de-stage", "md"), "offre-de-stage.md");

        assertThat(md.text()).startsWith("Offre de stage – stage recherche, Master 2\n"
                + "Gouvernance, viabilité et « dark side » des plateformes de données d'intérêt général\n");
        assertThat(md.text()).contains("\nContexte scientifique\n", "\nÉventuel mémoire de recherche\nà : yse.commandre@iut-tarbes.fr\n");
        assertThat(md.text()).doesNotContain("**", "# ", "](mailto:");
        assertThat(md.encoding()).isEqualTo("UTF-8");
        assertThat(md.pageStarts()).isNull();
    }

    @Test
    void detectsTheEncodingAsForText() throws Exception {
        byte[] latin = "# Été\n\nDonnées d'intérêt général".getBytes(Charset.forName("windows-1252"));

        ExtractedText md = reader.read(latin, "x.md");

        assertThat(md.text()).isEqualTo("Été\nDonnées d'intérêt général");
        assertThat(md.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void refusesBinaryAndEmptyFiles() {
        assertThatThrownBy(() -> reader.read(SampleCorpus.bytes("offre-de-stage", "docx"), "x.md"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("it does not look like a text file");
        assertThatThrownBy(() -> reader.read(new byte[0], "x.md")).hasMessage("it is empty");
        assertThatThrownBy(() -> read("---\n\n[ref]: https://example.org\n")).hasMessage("it is empty");
    }
}
