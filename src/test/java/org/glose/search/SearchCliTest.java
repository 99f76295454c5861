package org.glose.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.glose.cli.GloseCli;
import org.glose.core.coding.CreateCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search commands' contract (docs/cli.md): JSON fields, counts, exit codes. */
class SearchCliTest {

    record Run(int exit, String out, String err) {
    }

    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void makeProject() {
        project = dir.resolve("p");
        try (SearchFixture f = SearchFixture.threeDocuments(project)) {
            f.project.execute(new CreateCode(null, "État", null));
        }
    }

    private Run glose(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        int exit = GloseCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void searchPrintsTheCountsAndTheHitsAsSpecified() throws Exception {
        Run run = glose("search", project.toString(), "etat", "--limit", "2", "--json");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(names(json)).containsExactly("query", "total", "documents", "hits");
        assertThat(json.get("total").asInt()).isEqualTo(3);
        assertThat(json.get("documents").asInt()).isEqualTo(2);
        assertThat(json.get("hits")).hasSize(2);
        JsonNode hit = json.get("hits").get(0);
        assertThat(names(hit)).containsExactly("document", "start", "end", "page", "text", "before", "after");
        assertThat(hit.get("text").asText()).isEqualTo("État");
        assertThat(hit.get("page").isNull()).isTrue();
        String text = SearchFixture.ENTRETIEN;
        assertThat(text.substring(hit.get("start").asInt(), hit.get("end").asInt())).isEqualTo("État");
    }

    @Test
    void theModeAndFiltersAreOptions() throws Exception {
        JsonNode exact = new ObjectMapper().readTree(glose("search", project.toString(), "donnée", "--exact",
                "--json").out());
        assertThat(exact.get("total").asInt()).isEqualTo(1);
        JsonNode one = new ObjectMapper().readTree(glose("search", project.toString(), "etat", "--document",
                "rapport.txt", "--json").out());
        assertThat(one.get("total").asInt()).isEqualTo(2);
    }

    @Test
    void badQueriesAndUnknownNamesExitWithTwo() {
        Run bad = glose("search", project.toString(), "\"données");
        assertThat(bad.exit()).isEqualTo(GloseCli.REFUSED);
        assertThat(bad.err().strip()).contains("cannot be read").doesNotContain("\n").doesNotContain("Exception");
        assertThat(glose("search", project.toString(), "etat", "--within-code", "Nulle").exit())
                .isEqualTo(GloseCli.REFUSED);
        assertThat(glose("search", dir.resolve("none").toString(), "etat").exit())
                .isEqualTo(GloseCli.PROJECT_PROBLEM);
    }

    @Test
    void autocodePreviewsThenCodesOnce() throws Exception {
        Run dry = glose("autocode", project.toString(), "etat", "--code", "État", "--unit", "sentence",
                "--coder", "camille", "--dry-run", "--json");
        assertThat(dry.exit()).isZero();
        JsonNode preview = new ObjectMapper().readTree(dry.out());
        assertThat(names(preview)).containsExactly("query", "code", "coder", "unit", "hits", "passages", "documents",
                "alreadyCoded", "dryRun");
        assertThat(preview.get("hits").asInt()).isEqualTo(3);
        assertThat(preview.get("passages").asInt()).isEqualTo(2);
        assertThat(preview.get("documents").asInt()).isEqualTo(2);
        Run coded = glose("autocode", project.toString(), "etat", "--code", "État", "--unit", "sentence",
                "--coder", "camille");
        assertThat(coded.exit()).isZero();
        assertThat(coded.out()).startsWith("Coded 2 passage(s) in 2 document(s)");
        JsonNode codings = new ObjectMapper().readTree(glose("codings", project.toString(), "--code", "État",
                "--json").out());
        assertThat(codings).hasSize(2);
        Run again = glose("autocode", project.toString(), "etat", "--code", "État", "--unit", "sentence",
                "--coder", "camille");
        assertThat(again.exit()).isEqualTo(GloseCli.REFUSED);
        assertThat(again.err()).contains("already");
    }

    @Test
    void savedQueriesRunAgainAndTheIndexRebuilds() throws Exception {
        assertThat(glose("search", project.toString(), "etat", "--document", "rapport.txt", "--save", "rapport",
                "--limit", "0").exit()).isZero();
        JsonNode list = new ObjectMapper().readTree(glose("queries", project.toString(), "--json").out());
        assertThat(list.get(0).get("name").asText()).isEqualTo("rapport");
        assertThat(list.get(0).get("filters").get(0).asText()).isEqualTo("document: rapport.txt");
        JsonNode rerun = new ObjectMapper().readTree(glose("queries", project.toString(), "--run", "rapport",
                "--json").out());
        assertThat(rerun.get("total").asInt()).isEqualTo(2);
        Run rebuild = glose("index", "rebuild", project.toString());
        assertThat(rebuild.out().strip()).isEqualTo("Indexed 3 document(s).");
        assertThat(glose("queries", project.toString(), "--delete", "rapport").exit()).isZero();
        assertThat(glose("queries", project.toString(), "--run", "rapport").exit()).isEqualTo(GloseCli.REFUSED);
    }

    @Test
    void hitsAreExportedToCsv() throws Exception {
        Path csv = dir.resolve("hits.csv");
        assertThat(glose("search", project.toString(), "etat", "--limit", "1", "--export", csv.toString()).exit())
                .isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("document,page,start,end,before,hit,after");
        assertThat(lines.get(1)).startsWith("entretien.txt,,").contains(",État,");
    }
}
