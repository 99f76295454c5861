package org.glose.bench;

import java.nio.file.Path;
import java.util.List;

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
        return WindowChild.unavailableReason();
    }

    @Override
    public void prepare(BenchContext context) throws Exception {
        jar = ApplicationJar.locate();
        home = context.workDir().resolve("home");
        run(); // first launch builds the sample project in the temporary home
    }

    @Override
    public Measured run() throws Exception {
        WindowChild.Run r = WindowChild.launch(jar, home, List.of("-Dglose.reportFirstFrame=true"),
                line -> line.startsWith(FIRST_FRAME));
        return new Measured(r.millis(), r.peakMb());
    }
}
