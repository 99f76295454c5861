package org.glose.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glose.core.search.Kwic;
import org.glose.core.search.SearchHit;
import org.glose.core.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The context lines of a search are cut from an excerpt of each document, not its whole text: they must be the
 * lines cut from the whole text, also at the text's start and end and where the context would end inside a
 * surrogate pair (an emoji is two UTF-16 units).
 */
class KwicExcerptTest {

    private static final String EMOJIS = "😀".repeat(40);

    @TempDir
    Path dir;

    @Test
    void contextLinesFromExcerptsEqualThoseFromTheWholeText() {
        try (SearchFixture f = SearchFixture.empty(dir.resolve("p"))) {
            // Each document has one hit in the middle, so its excerpt is cut around that hit. In the second text
            // the guillemets shift the emojis by one unit: the context's edges would split a pair.
            Map<String, String> texts = Map.of("pair.txt", "début " + EMOJIS + "zèbre" + EMOJIS + " fin",
                    "impair.txt", "début " + EMOJIS + "«zèbre»" + EMOJIS + " fin",
                    "bords.txt", "zèbre, puis\nzèbre");
            texts.forEach((name, text) -> f.add(name, text, "fr"));

            SearchResult result = f.search("zèbre");

            assertThat(result.hits()).hasSize(4);
            for (SearchHit hit : result.hits()) {
                String text = texts.get(hit.document());
                assertThat(hit.text()).isEqualTo("zèbre");
                assertThat(hit.before()).isEqualTo(Kwic.before(text, hit.range()));
                assertThat(hit.after()).isEqualTo(Kwic.after(text, hit.range()));
            }
            assertThat(hitsOf(result, "pair.txt").get(0)).extracting(SearchHit::before, SearchHit::after)
                    .containsExactly("😀".repeat(25), "😀".repeat(25));
            assertThat(hitsOf(result, "impair.txt").get(0)).extracting(SearchHit::before, SearchHit::after)
                    .containsExactly("😀".repeat(25) + "«", "»" + "😀".repeat(24));
            List<SearchHit> edges = hitsOf(result, "bords.txt");
            assertThat(edges.get(0).before()).isEmpty();
            assertThat(edges.get(1)).extracting(SearchHit::before, SearchHit::after)
                    .containsExactly("zèbre, puis ", "");
        }
    }

    private static List<SearchHit> hitsOf(SearchResult result, String document) {
        return result.hits().stream().filter(h -> h.document().equals(document)).toList();
    }
}
