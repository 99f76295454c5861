package org.glose.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glose.core.coding.CreateCode;
import org.glose.core.coding.ImportCodings;
import org.glose.core.document.AddDocument;
import org.glose.core.model.NewDocument;
import org.glose.core.project.Command;
import org.glose.core.project.CompoundCommand;
import org.glose.core.project.OpenProject;
import org.glose.importer.ProjectImporter;
import org.glose.store.H2ProjectStore;

/** Builds a project with many documents and codings (10,000 and 1,000,000 at full scale) for the open and coding workloads. */
final class LargeProject {

    static final int DOCUMENT_SIZE = 5_000;
    private static final int DOCUMENTS_PER_ACTION = 500;

    private LargeProject() {
    }

    static Path build(Path folder, int documents, int codings) {
        SyntheticCorpus corpus = SyntheticCorpus.fromBundledStudy();
        int[] lengths = new int[documents];
        try (OpenProject project = new OpenProject(H2ProjectStore.create(folder, "bench-large"))) {
            for (int start = 0; start < documents; start += DOCUMENTS_PER_ACTION) {
                List<Command<?>> adds = new ArrayList<>();
                for (int i = start; i < Math.min(documents, start + DOCUMENTS_PER_ACTION); i++) {
                    String text = corpus.document(i, DOCUMENT_SIZE);
                    lengths[i] = text.length();
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    String name = SyntheticCorpus.documentName(i);
                    adds.add(new AddDocument(new NewDocument(name, "txt", name, bytes, ProjectImporter.sha256(bytes),
                            text, null, "UTF-8", "fr")));
                }
                project.execute(new CompoundCommand("Import documents", adds));
            }
            for (String code : SyntheticCorpus.CODES) {
                project.execute(new CreateCode(null, code, null));
            }
            int batch = 100_000;
            var rows = SyntheticCorpus.codings(codings, documents, lengths);
            for (int s = 0; s < rows.size(); s += batch) {
                project.execute(new ImportCodings(rows.subList(s, Math.min(rows.size(), s + batch))));
            }
        }
        return folder;
    }
}
