package org.glose.bench;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.project.OpenProject;
import org.glose.sample.Workspace;

/**
 * The document view in the real window on a 1 MB document with 5,000 codings (the project of
 * {@link OpenDocumentWorkload}): the window is started as a child process on that project, shows the document
 * several times, then jumps to 20 places in it, printing how long each took until the frame showing the text with
 * its highlights and stripes was laid out. Three measures: the first open in a fresh window, the opens after it,
 * and the jumps (how smooth moving through the document is). Each repetition is a new window.
 */
final class DocumentWindowWorkload implements Workload {

    /** What a repetition reports. */
    enum Measure {
        FIRST_OPEN("document-window-first-open"),
        OPEN("document-window-open"),
        JUMP("document-window-jump");

        final String workload;

        Measure(String workload) {
            this.workload = workload;
        }
    }

    private final Measure measure;
    private Path jar;
    private Path home;
    private String documentName;

    DocumentWindowWorkload(Measure measure) {
        this.measure = measure;
    }

    @Override
    public String name() {
        return measure.workload;
    }

    @Override
    public String unavailableReason() {
        return WindowChild.unavailableReason();
    }

    @Override
    public void prepare(BenchContext context) throws Exception {
        jar = ApplicationJar.locate();
        home = context.workDir().resolve("home");
        Path folder = context.workDir().resolve("project");
        try (OpenProject project = OpenDocumentWorkload.create(folder)) {
            documentName = project.read(tx -> tx.documents().list().get(0).name());
        }
        new Workspace(home).rememberLastProject(folder);
        launch(); // the first window builds the search index of the document; later ones find it
    }

    @Override
    public Measured run() throws Exception {
        WindowChild.Run r = launch();
        List<Double> opens = r.values("glose-document-open");
        double ms = switch (measure) {
            case FIRST_OPEN -> opens.get(0);
            case OPEN -> BenchRunner.percentile(opens.subList(1, opens.size()).stream()
                    .mapToDouble(Double::doubleValue).toArray(), 50);
            case JUMP -> BenchRunner.percentile(r.values("glose-document-jump").stream()
                    .mapToDouble(Double::doubleValue).toArray(), 50);
        };
        return new Measured(ms, r.peakMb());
    }

    private WindowChild.Run launch() throws Exception {
        return WindowChild.launch(jar, home, List.of("-Dglose.reportDocumentOpen=" + documentName),
                line -> line.equals("glose-document-done") || line.startsWith("glose-document-missing"));
    }
}
