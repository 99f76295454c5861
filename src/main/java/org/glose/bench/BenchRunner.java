package org.glose.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Runs workloads with warm-up and repetitions in a fresh temporary folder; reports median, p90 and peak heap. */
public final class BenchRunner {

    private final Scale scale;
    private final Consumer<String> log;

    public BenchRunner(Scale scale, Consumer<String> log) {
        this.scale = scale;
        this.log = log;
    }

    public List<BenchResult> run(List<Workload> workloads) throws Exception {
        List<BenchResult> results = new ArrayList<>();
        for (Workload w : workloads) {
            Path dir = Files.createTempDirectory("glose-bench-" + w.name() + "-");
            try (w) {
                log.accept("preparing " + w.name());
                w.prepare(scale, dir);
                log.accept("running " + w.name());
                results.add(measure(w));
            } finally {
                deleteQuietly(dir);
            }
        }
        return results;
    }

    private BenchResult measure(Workload w) throws Exception {
        for (int i = 0; i < scale.warmups; i++) {
            w.run();
        }
        System.gc();
        resetPeaks();
        double[] times = new double[scale.repetitions];
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
            for (int i = 0; i < scale.warmups; i++) {
                raw.run();
            }
            double[] base = new double[scale.repetitions];
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

    /** Sum of the heap pools' peaks since the last reset (what the workload needed at most). */
    private static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / 1_048_576.0;
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            // a temporary folder left behind is harmless
        }
    }
}
