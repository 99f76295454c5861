package org.glose.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.importer.DocumentReaders;
import org.glose.importer.ProjectImporter;
import org.glose.store.H2ProjectStore;

/**
 * Importing files into a new project: the sample corpus (TXT, DOCX, PDF) or the synthetic corpus. Baseline: the
 * readers' text extraction alone (PDFBox, POI, charset decoding) on the same files, without the project.
 */
final class ImportWorkload implements Workload {

    private final String name;
    private final boolean sample;
    private List<Path> files;
    private Path workDir;
    private int round;

    ImportWorkload(String name, boolean sample) {
        this.name = name;
        this.sample = sample;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void prepare(Scale scale, Path dir) throws Exception {
        this.workDir = dir;
        if (sample) {
            files = BenchInputs.sampleCorpus(dir.resolve("sample"));
        } else {
            files = SyntheticCorpus.fromBundledStudy().writeDocuments(dir.resolve("corpus"), scale.corpusDocuments,
                    scale.documentSize);
        }
    }

    @Override
    public Measured run() {
        Path folder = workDir.resolve("project-" + round++);
        try (OpenProject project = new OpenProject(H2ProjectStore.create(folder, "bench"))) {
            new ProjectImporter(project, DocumentReaders.load()).importFiles(files, Progress.NONE, new Cancellation());
        }
        BenchInputs.delete(folder);
        return null;
    }

    @Override
    public Runnable baseline() {
        DocumentReaders readers = DocumentReaders.load();
        return () -> {
            try {
                for (Path f : files) {
                    readers.forExtension(f.getFileName().toString()).orElseThrow()
                            .read(Files.readAllBytes(f), f.getFileName().toString());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
