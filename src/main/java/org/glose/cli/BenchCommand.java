package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glose.bench.BenchReport;
import org.glose.bench.BenchResult;
import org.glose.bench.BenchRunner;
import org.glose.bench.Benchmarks;
import org.glose.bench.Fixtures;
import org.glose.bench.Scale;
import org.glose.bench.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times Glose on generated inputs, each workload in a fresh temporary project, with warm-up "
                + "and repetitions, next to the raw library doing the same work (docs/benchmarks.md).",
                "Prints a Markdown table of median and p90 times, peak memory, baseline and ratio; progress goes "
                        + "to standard error."})
final class BenchCommand extends CliCommand {

    @Option(names = "--workload", paramLabel = "NAME",
            description = "Run only this workload (repeatable); default: all. Names: ${COMPLETION-CANDIDATES}.",
            completionCandidates = WorkloadNames.class)
    List<String> workloads = new ArrayList<>();

    @Option(names = "--scale", paramLabel = "SCALE", defaultValue = "full",
            description = "small (within a minute, once its large project is cached) or full (the targets' "
                    + "inputs); default: ${DEFAULT-VALUE}.")
    String scale;

    @Option(names = "--cache", paramLabel = "FOLDER",
            description = "Where the large project is built once and kept (default: ~/.cache/glose-bench).")
    Path cache;

    @Option(names = "--json", description = "Print {machine, workloads:[{name, scale, median_ms, p90_ms, peak_mb, "
            + "baseline_ms, ratio}]} only.")
    boolean json;

    @Option(names = "--quiet", description = "No progress lines on standard error.")
    boolean quiet;

    static final class WorkloadNames extends ArrayList<String> {
        WorkloadNames() {
            super(Benchmarks.names());
        }
    }

    /** One workload in {@code --json}; baseline_ms and ratio are null when there is no raw-library baseline. */
    @JsonPropertyOrder({"name", "scale", "median_ms", "p90_ms", "peak_mb", "baseline_ms", "ratio"})
    record WorkloadJson(String name, String scale, @JsonProperty("median_ms") double medianMs,
                        @JsonProperty("p90_ms") double p90Ms, @JsonProperty("peak_mb") double peakMb,
                        @JsonProperty("baseline_ms") Double baselineMs, Double ratio) {
    }

    @JsonPropertyOrder({"machine", "workloads"})
    record ReportJson(Map<String, Object> machine, List<WorkloadJson> workloads) {
    }

    @Override
    public Integer call() throws Exception {
        Scale chosen = Scale.parse(scale);
        List<Workload> selected = Benchmarks.select(workloads);
        BenchRunner runner = new BenchRunner(chosen, cache != null ? cache : Fixtures.defaultCache(), line -> {
            if (!quiet) {
                err().println(line);
                err().flush();
            }
        });
        BenchReport report = runner.run(selected);
        if (json) {
            JsonOutput.print(out(), new ReportJson(report.machine(), report.results().stream()
                    .map(r -> new WorkloadJson(r.name(), r.scale(), round(r.medianMs(), 3), round(r.p90Ms(), 3),
                            round(r.peakMb(), 1), r.baselineMs() == null ? null : round(r.baselineMs(), 3),
                            r.ratio() == null ? null : round(r.ratio(), 2)))
                    .toList()));
        } else {
            markdown(report);
        }
        return GloseCli.OK;
    }

    private void markdown(BenchReport report) {
        out().println("Machine: " + report.machine().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .reduce((a, b) -> a + ", " + b).orElse("unknown") + ".");
        out().println();
        out().println("| workload | scale | median ms | p90 ms | peak MB | baseline ms | ratio |");
        out().println("|---|---|---:|---:|---:|---:|---:|");
        for (BenchResult r : report.results()) {
            out().println("| " + r.name() + " | " + r.scale() + " | " + format(r.medianMs()) + " | "
                    + format(r.p90Ms()) + " | " + String.format(Locale.ROOT, "%.0f", r.peakMb()) + " | "
                    + (r.baselineMs() == null ? "—" : format(r.baselineMs())) + " | "
                    + (r.ratio() == null ? "—" : String.format(Locale.ROOT, "%.2f×", r.ratio())) + " |");
        }
        report.skipped().forEach((name, why) -> out().println("\n" + name + " was skipped: " + why + "."));
    }

    /** Three significant digits at least, no more decimals than useful. */
    private static String format(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms)
                : ms >= 10 ? String.format(Locale.ROOT, "%.1f", ms) : String.format(Locale.ROOT, "%.2f", ms);
    }

    private static double round(double value, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(value * f) / f;
    }
}
