package org.glose.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs workloads one after the other, each in a fresh temporary folder: warm-up, timed repetitions, then the
 * raw-library baseline the same way; reports median, p90 and the peak heap of the repetitions. Warm-up lasts at
 * least the scale's number of runs and milliseconds; a workload that takes under {@value #FAST_MS} ms is repeated
 * {@value #FAST_FACTOR} times more, for a steadier median.
 */
public final class BenchRunner {

    private static final double FAST_MS = 100;
    private static final int FAST_FACTOR = 10;

    private final Scale scale;
    private final Path cacheDir;
    private final PeerInputs peer;
    private final Consumer<String> log;

    /** {@code peer}: make_workload.py's inputs, or null to generate them. */
    public BenchRunner(Scale scale, Path cacheDir, PeerInputs peer, Consumer<String> log) {
        this.scale = scale;
        this.cacheDir = cacheDir;
        this.peer = peer;
        this.log = log;
    }

    public BenchReport run(List<Workload> workloads) throws Exception {
        List<BenchResult> results = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        Path runDir = Files.createTempDirectory("glose-bench-");
        try {
            Fixtures fixtures = new Fixtures(scale, runDir, cacheDir, peer, log);
            for (Workload w : workloads) {
                String reason = w.unavailableReason();
                if (reason != null) {
                    log.accept(w.name() + " skipped: " + reason);
                    skipped.put(w.name(), reason);
                    continue;
                }
                Path dir = Files.createDirectories(runDir.resolve(w.name()));
                try (w) {
                    log.accept("preparing " + w.name());
                    w.prepare(new BenchContext(scale, dir, fixtures));
                    log.accept("running " + w.name());
                    results.add(measure(w));
                } finally {
                    BenchInputs.delete(dir);
                }
            }
        } finally {
            BenchInputs.delete(runDir);
        }
        return new BenchReport(Machine.describe(), results, skipped);
    }

    private BenchResult measure(Workload w) throws Exception {
        double first = time(w);
        int factor = first < FAST_MS ? FAST_FACTOR : 1;
        warmUp(w::run, first);
        System.gc();
        resetPeaks();
        double[] times = new double[scale.repetitions * factor];
        double childPeak = 0;
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            Workload.Measured m = w.run();
            times[i] = m != null ? m.millis() : (System.nanoTime() - t0) / 1e6;
            if (m != null) {
                childPeak = Math.max(childPeak, m.peakMb());
            }
        }
        double peak = childPeak > 0 ? childPeak : peakHeapMb();
        Double baseline = null;
        Runnable raw = w.baseline();
        if (raw != null) {
            warmUp(() -> {
                raw.run();
                return null;
            }, 0);
            double[] base = new double[times.length];
            for (int i = 0; i < base.length; i++) {
                long t0 = System.nanoTime();
                raw.run();
                base[i] = (System.nanoTime() - t0) / 1e6;
            }
            baseline = percentile(base, 50);
        }
        double median = percentile(times, 50);
        Double ratio = baseline == null || baseline == 0 ? null : median / baseline;
        return new BenchResult(w.name(), scale.label(), median, percentile(times, 90), peak, baseline, ratio);
    }

    @FunctionalInterface
    private interface Repetition {
        Object run() throws Exception;
    }

    private void warmUp(Repetition repetition, double alreadyMs) throws Exception {
        long start = System.nanoTime() - (long) (alreadyMs * 1e6);
        int runs = alreadyMs > 0 ? 1 : 0;
        while (runs < scale.warmups || (System.nanoTime() - start) / 1e6 < scale.warmUpMs) {
            repetition.run();
            runs++;
        }
    }

    private static double time(Workload w) throws Exception {
        long t0 = System.nanoTime();
        Workload.Measured m = w.run();
        return m != null ? m.millis() : (System.nanoTime() - t0) / 1e6;
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks since the last reset (what the workload needed at most, garbage included). */
    private static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / 1_048_576.0;
    }
}
