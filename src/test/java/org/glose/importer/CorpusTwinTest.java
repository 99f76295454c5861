package org.glose.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every reader against every sample document: the words of its TXT twin, in order, accents intact. */
class CorpusTwinTest {

    /** PDF line breaks split a few long URLs and compounds differently from the TXT: allow that, and no more. */
    private static final double PDF_MINIMUM_SIMILARITY = 0.995;

    private static final Map<String, List<String>> ACCENTED_WORDS = Map.of(
            "offre-de-stage", List.of("Étude", "Université", "cœur", "Durée", "Pyrénées"),
            "conference-plateformes-2019", List.of("Conférence", "Mendès", "œuvre", "Données", "désertification"),
            "ingechef-data-gouv-terr", List.of("l’État", "Données", "VERNIÈRE", "Ingéchef", "Île"));

    private static final DocumentReaders READERS = DocumentReaders.load();

    /** Markdown shows a link's text, not its target: "[a@b.fr](mailto:a@b.fr)" in the TXT reads "a@b.fr". */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");

    static Stream<Arguments> documentsAndFormats() {
        return SampleCorpus.DOCUMENTS.stream()
                .flatMap(document -> Stream.of("txt", "docx", "pdf", "doc", "odt", "rtf", "html", "md")
                        .map(format -> Arguments.of(document, format)));
    }

    private static List<String> expectedWords(String document, String format) {
        if (!format.equals("md")) {
            return SampleCorpus.twinWords(document);
        }
        String twin = new String(SampleCorpus.bytes(document, "txt"), StandardCharsets.UTF_8);
        return SampleCorpus.words(MARKDOWN_LINK.matcher(twin).replaceAll("$1"));
    }

    private static ExtractedText read(String document, String format) throws UnreadableDocumentException {
        DocumentReader reader = READERS.forExtension(document + "." + format).orElseThrow();
        return reader.read(SampleCorpus.bytes(document, format), document + "." + format);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("documentsAndFormats")
    void extractedWordsAreTheWordsOfTheTxtTwin(String document, String format) throws Exception {
        ExtractedText extracted = read(document, format);

        SampleCorpus.Comparison comparison =
                SampleCorpus.compare(expectedWords(document, format), SampleCorpus.words(extracted.text()));

        System.out.println(document + "." + format + ": " + comparison.report(20));
        if (format.equals("pdf")) {
            assertThat(comparison.similarity()).as(comparison.report(50)).isGreaterThanOrEqualTo(PDF_MINIMUM_SIMILARITY);
        } else {
            assertThat(comparison.differences()).as(comparison.report(50)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("documentsAndFormats")
    void accentsSurviveAndTheTextIsNfc(String document, String format) throws Exception {
        ExtractedText extracted = read(document, format);

        assertThat(extracted.text()).contains(ACCENTED_WORDS.get(document));
        assertThat(Normalizer.isNormalized(extracted.text(), Normalizer.Form.NFC)).isTrue();
        assertThat(extracted.text()).doesNotContain("\uFEFF", "\r", "\f", "\u0000", "\uFFFD");
        assertThat(extracted.language()).isEqualTo("fr");
    }

    @Test
    void theComparisonFailsForAnotherDocument() {
        SampleCorpus.Comparison comparison = SampleCorpus.compare(
                SampleCorpus.twinWords("offre-de-stage"), SampleCorpus.twinWords("conference-plateformes-2019"));

        assertThat(comparison.similarity()).isLessThan(PDF_MINIMUM_SIMILARITY);
    }

    @Test
    void theComparisonFailsForWordsOutOfOrder() {
        List<String> expected = SampleCorpus.twinWords("offre-de-stage");
        List<String> halvesSwapped = new ArrayList<>(expected.subList(expected.size() / 2, expected.size()));
        halvesSwapped.addAll(expected.subList(0, expected.size() / 2));
        List<String> reversed = new ArrayList<>(expected);
        Collections.reverse(reversed);

        assertThat(SampleCorpus.compare(expected, halvesSwapped).similarity()).isLessThan(PDF_MINIMUM_SIMILARITY);
        assertThat(SampleCorpus.compare(expected, reversed).similarity()).isLessThan(PDF_MINIMUM_SIMILARITY);
    }

    @Test
    void theComparisonToleratesOneChangedWordInALongText() {
        List<String> expected = SampleCorpus.twinWords("conference-plateformes-2019");
        List<String> actual = new ArrayList<>(expected);
        actual.set(100, "autre");

        SampleCorpus.Comparison comparison = SampleCorpus.compare(expected, actual);

        assertThat(comparison.common()).isEqualTo(expected.size() - 1);
        assertThat(comparison.differences()).hasSize(2).anySatisfy(line -> assertThat(line).startsWith("+ autre"));
    }
}
