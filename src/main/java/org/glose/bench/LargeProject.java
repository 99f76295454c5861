package org.glose.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.glose.core.coding.CodingRow;
import org.glose.core.coding.ImportCodings;
import org.glose.core.document.AddDocument;
import org.glose.core.model.NewDocument;
import org.glose.core.project.Command;
import org.glose.core.project.CompoundCommand;
import org.glose.core.project.OpenProject;
import org.glose.importer.ProjectImporter;
import org.glose.store.H2ProjectStore;
import org.glose.store.OfflineCompaction;

/**
 * Builds a project with many documents and codings (10,000 documents of 5,000 characters and 1,000,000 codings
 * at full scale) for the open-project, coding-action and co-occurrence-1m workloads. The codings go in batches of
 * 100,000, and the file is compacted after each batch: without it H2 (WRITE_DELAY=0, so no background
 * housekeeping) keeps the dead pages of the random-order GUID index inserts, and 1M codings made a 13 GB file.
 */
final class LargeProject {

    static final int DOCUMENT_SIZE = 5_000;
    private static final int DOCUMENTS_PER_ACTION = 500;
    private static final int CODINGS_PER_ACTION = 100_000;

    private LargeProject() {
    }

    static Path build(Path folder, int documents, int codings, Consumer<String> log) {
        SyntheticCorpus corpus = SyntheticCorpus.fromBundledStudy();
        int[] lengths;
        try (OpenProject project = new OpenProject(H2ProjectStore.create(folder, "bench-large"))) {
            for (int start = 0; start < documents; start += DOCUMENTS_PER_ACTION) {
                List<Command<?>> adds = new ArrayList<>();
                for (int i = start; i < Math.min(documents, start + DOCUMENTS_PER_ACTION); i++) {
                    String text = corpus.document(i, DOCUMENT_SIZE);
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    String name = SyntheticCorpus.documentName(i);
                    adds.add(new AddDocument(new NewDocument(name, "txt", name, bytes, ProjectImporter.sha256(bytes),
                            text, null, "UTF-8", "fr")));
                }
                project.execute(new CompoundCommand("Import documents", adds));
            }
            SyntheticCorpus.createCodes(project, SyntheticCorpus.CODES);
            lengths = CorpusProject.lengths(project, documents);
        }
        List<CodingRow> rows = SyntheticCorpus.codings(codings, documents, lengths);
        for (int s = 0; s < rows.size(); s += CODINGS_PER_ACTION) {
            try (OpenProject project = new OpenProject(H2ProjectStore.open(folder))) {
                project.execute(new ImportCodings(rows.subList(s, Math.min(rows.size(), s + CODINGS_PER_ACTION))));
            }
            OfflineCompaction.compact(folder);
            log.accept("  " + Math.min(rows.size(), s + CODINGS_PER_ACTION) + " codings stored");
        }
        return folder;
    }
}
