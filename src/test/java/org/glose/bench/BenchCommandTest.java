package org.glose.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glose.cli.GloseCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What scripts rely on in {@code glose bench}: the JSON document's shape and the refusal of unknown names. */
class BenchCommandTest {

    @TempDir
    Path cache;

    private record Run(int exit, String out, String err) {
    }

    private Run bench(String... args) {
        List<String> all = new ArrayList<>(List.of("bench", "--cache", cache.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = GloseCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void jsonHoldsTheMachineAndOneEntryPerWorkload() throws Exception {
        Run run = bench("--workload", "open-document-1mb-5000-codings", "--scale", "small", "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("machine", "workloads");
        assertThat(json.get("machine").get("cores").asInt()).isPositive();
        assertThat(json.get("workloads")).hasSize(1);
        JsonNode w = json.get("workloads").get(0);
        assertThat(w.fieldNames()).toIterable().containsExactly("name", "scale", "median_ms", "p90_ms", "peak_mb",
                "baseline_ms", "ratio");
        assertThat(w.get("name").asText()).isEqualTo("open-document-1mb-5000-codings");
        assertThat(w.get("scale").asText()).isEqualTo("small");
        assertThat(w.get("median_ms").isNumber()).isTrue();
        assertThat(w.get("p90_ms").asDouble()).isGreaterThanOrEqualTo(w.get("median_ms").asDouble());
        assertThat(w.get("peak_mb").asDouble()).isPositive();
        assertThat(w.get("baseline_ms").isNull()).isTrue();   // this workload has no raw-library baseline
        assertThat(w.get("ratio").isNull()).isTrue();
    }

    @Test
    void anUnknownWorkloadIsRefusedWithTheNames() {
        Run run = bench("--workload", "search-everything", "--scale", "small");

        assertThat(run.exit()).isEqualTo(GloseCli.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).startsWith("There is no workload \"search-everything\"")
                .contains("search-frequent", "cooccurrence-16k", "open-project-1m", "coding-action");
    }

    @Test
    void withMakeWorkloadsInputsTheCoOccurrenceRunsOnThemBesideItsRawBaseline() throws Exception {
        Path inputs = PeerInputsTest.peerFolder(cache);

        Run run = bench("--workload", "cooccurrence-16k", "--scale", "small", "--json", "--inputs", inputs.toString());

        // the baseline refuses to run when its count of overlapping pairs differs from Glose's table
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("from " + inputs);
        JsonNode w = new ObjectMapper().readTree(run.out()).get("workloads").get(0);
        assertThat(w.get("baseline_ms").isNumber()).isTrue();
        assertThat(w.get("ratio").isNumber()).isTrue();
    }

    @Test
    void anInputsFolderWithoutTheWorkloadsFilesIsRefused() {
        Run run = bench("--scale", "small", "--inputs", cache.toString());

        assertThat(run.exit()).isEqualTo(GloseCli.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("The folder " + cache + " was not written by make_workload.py: it "
                + "has no corpus-small.");
    }

    @Test
    void anUnknownScaleIsRefused() {
        Run run = bench("--scale", "huge");

        assertThat(run.exit()).isEqualTo(GloseCli.REFUSED);
        assertThat(run.err().strip()).isEqualTo("The scale \"huge\" is not one of small, full.");
    }
}
