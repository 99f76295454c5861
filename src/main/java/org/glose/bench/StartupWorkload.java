package org.glose.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up to the first window frame with the sample project: launches the application jar as a child process
 * that prints {@value #FIRST_FRAME} once its first frame is shown; its peak resident memory is read from /proc.
 * The sample project is created before timing (first launch is a one-off), so this times a normal start.
 */
final class StartupWorkload implements Workload {

    /** The line the window prints when started with {@code -Dglose.reportFirstFrame=true}. */
    static final String FIRST_FRAME = "glose-first-frame";

    private Path jar;
    private Path home;

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String unavailableReason() {
        boolean display = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null
                || System.getProperty("os.name", "").startsWith("Windows")
                || System.getProperty("os.name", "").startsWith("Mac");
        return display ? null : "there is no display (run it under xvfb-run -a)";
    }

    @Override
    public void prepare(BenchContext context) throws Exception {
        jar = ApplicationJar.locate();
        home = context.workDir().resolve("home");
        launch(); // first launch builds the sample project in the temporary home
    }

    @Override
    public Measured run() throws Exception {
        return launch();
    }

    private Measured launch() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(List.of(java.toString(), "-Dglose.home=" + home,
                "-Dglose.reportFirstFrame=true", "-jar", jar.toString())).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(FIRST_FRAME)) {
                    double ms = (System.nanoTime() - t0) / 1e6;
                    return new Measured(ms, peakResidentMb(p.pid()));
                }
            }
            throw new IllegalStateException("the application exited before showing a window");
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
