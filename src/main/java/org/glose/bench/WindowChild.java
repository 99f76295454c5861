package org.glose.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The application's window started as a child process for a benchmark: its stdout lines up to the one that ends
 * the measure, and its peak resident memory. Window benchmarks need a display (xvfb-run gives one).
 */
final class WindowChild {

    private WindowChild() {
    }

    /** Why a window cannot be shown here, or null when it can. */
    static String unavailableReason() {
        boolean display = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null
                || System.getProperty("os.name", "").startsWith("Windows")
                || System.getProperty("os.name", "").startsWith("Mac");
        return display ? null : "there is no display (run it under xvfb-run -a)";
    }

    /** What the child printed up to the last line, milliseconds from launch to that line, its peak memory. */
    record Run(List<String> lines, double millis, double peakMb) {

        List<Double> values(String prefix) {
            List<Double> found = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith(prefix + " ")) {
                    found.add(Double.parseDouble(line.substring(prefix.length() + 1).strip()));
                }
            }
            return found;
        }
    }

    /**
     * Launches {@code java [properties] -jar glose.jar} with Glose's home in {@code home}, reads its output until
     * a line matches {@code last}, then stops it.
     */
    static Run launch(Path jar, Path home, List<String> properties, Predicate<String> last) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Dglose.home=" + home));
        command.addAll(properties);
        command.addAll(List.of("-jar", jar.toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (last.test(line)) {
                    return new Run(lines, (System.nanoTime() - t0) / 1e6, peakResidentMb(p.pid()));
                }
            }
            throw new IllegalStateException("the application exited before the end of the measure: "
                    + String.join(" / ", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    /** VmHWM: the process's peak resident set, in MB (Linux). */
    private static double peakResidentMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (Exception e) {
            // not Linux: memory unknown
        }
        return 0;
    }
}
