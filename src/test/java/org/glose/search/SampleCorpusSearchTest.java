package org.glose.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.OpenProject;
import org.glose.core.search.ProjectSearch;
import org.glose.core.search.SearchHit;
import org.glose.core.search.SearchResult;
import org.glose.core.search.SearchSpec;
import org.glose.core.text.PageMap;
import org.glose.sample.SampleProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counts on the sample corpus checked against a count made without Lucene: every word of the stored texts, its
 * elided article removed, lower-cased and without accents, compared with the forms a researcher expects.
 */
class SampleCorpusSearchTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");
    private static final Pattern ELIDED = Pattern.compile("(?i)^(?:l|m|t|qu|n|s|j|d|c|jusqu|quoiqu|lorsqu|puisqu)['’]");

    @TempDir
    static Path dir;
    static OpenProject project;
    static LuceneSearchIndex index;
    static ProjectSearch search;
    static Map<Long, String> texts = new HashMap<>();

    @BeforeAll
    static void open() {
        project = SampleProject.create(dir.resolve("sample"));
        index = LuceneSearchIndex.open(project);
        search = new ProjectSearch(project, index);
        for (Document d : project.read(tx -> tx.documents().list())) {
            texts.put(d.id(), project.read(tx -> tx.documents().text(d.id())));
        }
    }

    @AfterAll
    static void close() {
        index.close();
        project.close();
    }

    static String fold(String word) {
        String w = ELIDED.matcher(word).replaceFirst("").toLowerCase(Locale.ROOT).replace("œ", "oe");
        return Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** Occurrences of words whose folded form is one of {@code forms}, per document id. */
    static Map<Long, Integer> countByHand(Set<String> forms) {
        Map<Long, Integer> counts = new HashMap<>();
        texts.forEach((id, text) -> {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                if (forms.contains(fold(m.group()))) {
                    counts.merge(id, 1, Integer::sum);
                }
            }
        });
        return counts;
    }

    static SearchResult all(SearchSpec spec) {
        return search.search(spec, Integer.MAX_VALUE);
    }

    private static void assertCounts(SearchResult r, Map<Long, Integer> expected) {
        assertThat(r.total()).isEqualTo(expected.values().stream().mapToInt(Integer::intValue).sum());
        assertThat(r.documents()).isEqualTo(expected.size());
        expected.forEach((id, n) -> assertThat(r.rangesIn(id)).hasSize(n));
    }

    @Test
    void exactWordsAreCountedAsByHand() {
        Map<Long, Integer> donnees = countByHand(Set.of("donnees"));
        assertThat(donnees.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(100);
        assertCounts(all(SearchSpec.of("données").exact(true)), donnees);
        assertCounts(all(SearchSpec.of("donnee").exact(true)), countByHand(Set.of("donnee")));
    }

    @Test
    void stemmedSearchAddsPluralsAndTheFormsTheLightStemmerJoins() {
        // "donné" and "donne" share the stem of "donnée(s)": docs/search.md says so and offers --exact
        SearchResult r = all(SearchSpec.of("données"));
        assertCounts(r, countByHand(Set.of("donnees", "donnee", "donne")));
        assertThat(r.hits()).extracting(h -> fold(h.text())).containsOnly("donnees", "donnee", "donne");
        assertThat(r.hits()).extracting(SearchHit::text).contains("Données", "donnée");
    }

    @Test
    void etatFindsTheStateWithoutItsArticle() {
        SearchResult r = all(SearchSpec.of("etat"));
        assertCounts(r, countByHand(Set.of("etat", "etats")));
        assertThat(r.hits()).allSatisfy(h -> {
            assertThat(h.text()).matches("(?iu)[ée]tats?");
            assertThat(texts.get(h.documentId()).substring(h.range().start(), h.range().end())).isEqualTo(h.text());
        });
    }

    @Test
    void pdfHitsCarryTheirPage() {
        Document pdf = project.read(tx -> tx.documents().byName("conference-plateformes-2019.pdf")).orElseThrow();
        PageMap pages = PageMap.of(project.read(tx -> tx.documents().pageStarts(pdf.id())));
        SearchResult r = all(SearchSpec.of("plateformes").inDocuments(List.of(pdf.name())));
        assertThat(r.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.page()).isEqualTo(pages.pageOf(h.range().start())));
        assertThat(r.hits().stream().map(SearchHit::page).distinct().count()).isGreaterThan(1);
    }

    @Test
    void withinACodeKeepsExactlyTheHitsInsideItsCodings() {
        List<Coding> codings = project.read(tx -> tx.codings().list(CodingFilter.ALL));
        Code busiest = project.read(tx -> tx.codes().list()).stream()
                .max(java.util.Comparator.comparingLong(c -> codings.stream().filter(x -> x.codeId() == c.id()).count()))
                .orElseThrow();
        String path = project.read(tx -> tx.codes().codebook().pathOf(busiest.id()));
        List<Coding> ofCode = codings.stream().filter(c -> c.codeId() == busiest.id()).toList();
        SearchResult everywhere = all(SearchSpec.of("données OR plateformes OR public"));
        long expected = everywhere.ranges().entrySet().stream().flatMap(e -> e.getValue().stream()
                .filter(r -> ofCode.stream().anyMatch(c -> c.documentId() == e.getKey() && c.range().contains(r))))
                .count();
        SearchResult within = all(SearchSpec.of("données OR plateformes OR public").withinCodes(List.of(path), false));
        assertThat(within.total()).isEqualTo((int) expected);
        SearchResult outside = all(SearchSpec.of("données OR plateformes OR public").notWithinCodes(List.of(path)));
        assertThat(within.total() + outside.total()).isEqualTo(everywhere.total());
    }
}
