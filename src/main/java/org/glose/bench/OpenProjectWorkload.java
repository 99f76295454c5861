package org.glose.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glose.core.model.Codebook;
import org.glose.core.model.Document;
import org.glose.core.project.OpenProject;
import org.glose.store.H2ProjectStore;

/**
 * Opening the large project as the window does until its lists can be drawn: the database opened (lock, schema
 * check, integrity check), the documents listed, the codebook and the number of codings of each code read.
 * Closing it afterwards is not timed.
 */
final class OpenProjectWorkload implements Workload {

    private Path folder;

    @Override
    public String name() {
        return "open-project-1m";
    }

    @Override
    public void prepare(BenchContext context) throws Exception {
        folder = context.fixtures().largeProject();
    }

    @Override
    public Measured run() {
        long t0 = System.nanoTime();
        double ms;
        try (OpenProject project = new OpenProject(H2ProjectStore.open(folder))) {
            List<Document> documents = project.read(tx -> tx.documents().list());
            Codebook codebook = project.read(tx -> tx.codes().codebook());
            Map<Long, Integer> counts = project.read(tx -> tx.codings().countByCode());
            if (documents.isEmpty() || codebook.size() == 0 || counts.isEmpty()) {
                throw new IllegalStateException("the large project is empty");
            }
            ms = (System.nanoTime() - t0) / 1e6;
        }
        return new Measured(ms, 0);
    }
}
