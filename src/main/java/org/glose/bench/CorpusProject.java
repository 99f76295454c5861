package org.glose.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.glose.core.coding.CodingRow;
import org.glose.core.coding.ImportCodings;
import org.glose.core.model.Document;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.importer.DocumentReaders;
import org.glose.importer.ProjectImporter;
import org.glose.search.LuceneSearchIndex;
import org.glose.store.H2ProjectStore;

/**
 * The project searched and analysed by the search and co-occurrence-16k workloads: the corpus imported as files
 * (as a user would), 30 codes, 16,500 codings by three coders, and its search index built and committed. The
 * corpus, codes and codings are make_workload.py's when given, the synthetic ones otherwise.
 */
final class CorpusProject {

    private CorpusProject() {
    }

    static Path build(Path filesDir, Path folder, int documents, PeerInputs peer) throws Exception {
        List<Path> files = peer != null ? peer.corpusFiles(documents)
                : SyntheticCorpus.fromBundledStudy().writeDocuments(filesDir, documents, Scale.DOCUMENT_SIZE);
        try (OpenProject project = new OpenProject(H2ProjectStore.create(folder, "bench-corpus"))) {
            new ProjectImporter(project, DocumentReaders.load()).importFiles(files, Progress.NONE, new Cancellation());
            SyntheticCorpus.createCodes(project, peer != null ? peer.codeNames() : SyntheticCorpus.CODES);
            List<CodingRow> rows = peer != null ? peer.codings(files)
                    : SyntheticCorpus.codings(Scale.CORPUS_CODINGS, documents, lengths(project, documents));
            project.execute(new ImportCodings(rows));
            try (LuceneSearchIndex index = LuceneSearchIndex.open(project)) {
                index.update().run(Progress.NONE, new Cancellation());
            }
        }
        BenchInputs.delete(filesDir);
        return folder;
    }

    /** The stored length of each synthetic document, by its index in the corpus. */
    static int[] lengths(OpenProject project, int documents) {
        Map<String, Integer> byName = new HashMap<>();
        for (Document d : project.read(tx -> tx.documents().list())) {
            byName.put(d.name(), d.length());
        }
        int[] lengths = new int[documents];
        for (int i = 0; i < documents; i++) {
            lengths[i] = byName.get(SyntheticCorpus.documentName(i));
        }
        return lengths;
    }
}
