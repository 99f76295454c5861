package org.glose.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.importer.DocumentReaders;
import org.glose.importer.ProjectImporter;
import org.glose.search.LuceneSearchIndex;
import org.glose.store.H2ProjectStore;

/**
 * Importing files into a new, empty project until they are searchable: the documents stored (one transaction
 * each) and the search index built and committed; creating the project is not timed. Inputs: the sample corpus (DOCX, PDF, TXT) or the synthetic corpus of
 * 140 KB texts. Baseline, for the sample: the readers' text extraction alone (PDFBox, POI) on the same files.
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
    public void prepare(BenchContext context) {
        this.workDir = context.workDir();
        files = sample ? BenchInputs.sampleCorpus(workDir.resolve("sample"))
                : SyntheticCorpus.fromBundledStudy().writeDocuments(workDir.resolve("corpus"),
                        context.scale().corpusDocuments, Scale.DOCUMENT_SIZE);
    }

    @Override
    public Measured run() throws Exception {
        Path folder = workDir.resolve("project-" + round++);
        double ms;
        try (OpenProject project = new OpenProject(H2ProjectStore.create(folder, "bench"));
             LuceneSearchIndex index = LuceneSearchIndex.open(project)) {
            long t0 = System.nanoTime();
            new ProjectImporter(project, DocumentReaders.load()).importFiles(files, Progress.NONE, new Cancellation());
            index.update().run(Progress.NONE, new Cancellation());
            ms = (System.nanoTime() - t0) / 1e6;
        }
        BenchInputs.delete(folder);
        return new Measured(ms, 0);
    }

    @Override
    public Runnable baseline() {
        if (!sample) {
            return null;
        }
        DocumentReaders readers = DocumentReaders.load();
        return () -> {
            try {
                for (Path f : files) {
                    String fileName = f.getFileName().toString();
                    readers.forExtension(fileName).orElseThrow().read(Files.readAllBytes(f), fileName);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
