package org.glose.bench;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.importer.DocumentReaders;
import org.glose.importer.ProjectImporter;
import org.glose.search.LuceneSearchIndex;
import org.glose.search.RawLuceneIndexing;
import org.glose.store.H2ProjectStore;

/**
 * Importing files into a new, empty project until they are searchable: the documents stored (one transaction
 * each) and the search index built and committed; creating the project is not timed. Inputs: the sample files,
 * the corpus of 140 KB texts (make_workload.py's when given), or the corpus as DOCX or PDF files. Baseline: for
 * the text corpus, reading the files and indexing their text with Lucene alone (same analyzers, no database);
 * for the others, the text extraction alone (PDFBox, POI).
 */
final class ImportWorkload implements Workload {

    enum Input { SAMPLE, CORPUS, DOCX, PDF }

    private final String name;
    private final Input input;
    private List<Path> files;
    private Path workDir;
    private int round;

    ImportWorkload(String name, Input input) {
        this.name = name;
        this.input = input;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void prepare(BenchContext context) {
        this.workDir = context.workDir();
        PeerInputs peer = context.fixtures().peer();
        int documents = context.scale().corpusDocuments;
        files = switch (input) {
            case SAMPLE -> peer != null ? peer.sampleFiles() : BenchInputs.sampleCorpus(workDir.resolve("sample"));
            case CORPUS -> peer != null ? peer.corpusFiles(documents)
                    : SyntheticCorpus.fromBundledStudy().writeDocuments(workDir.resolve("corpus"), documents,
                            Scale.DOCUMENT_SIZE);
            case DOCX -> OfficeCorpus.docx(workDir.resolve("docx"), context.scale().officeDocuments);
            case PDF -> OfficeCorpus.pdf(workDir.resolve("pdf"), context.scale().officeDocuments);
        };
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
        if (input == Input.CORPUS) {
            Path index = workDir.resolve("raw-index");
            return () -> RawLuceneIndexing.index(index, RawExtraction.texts(files));
        }
        return () -> RawExtraction.texts(files);
    }
}
