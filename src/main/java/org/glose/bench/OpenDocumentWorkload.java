package org.glose.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.glose.core.coding.ImportCodings;
import org.glose.core.document.AddDocument;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.NewDocument;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.OpenProject;
import org.glose.importer.ProjectImporter;
import org.glose.store.H2ProjectStore;

/**
 * The core side of showing a 1 MB document with 5,000 codings: what the document view asks the store for (the
 * text, its page starts, the document's codings, the codebook, the coders and the memos), in one read. Drawing
 * the highlights is JavaFX's work and is not timed here.
 */
final class OpenDocumentWorkload implements Workload {

    private static final int SIZE = 1_000_000;
    private static final int CODINGS = 5_000;

    private OpenProject project;
    private long documentId;

    @Override
    public String name() {
        return "open-document-1mb-5000-codings";
    }

    @Override
    public void prepare(BenchContext context) {
        project = create(context.workDir().resolve("project"));
        documentId = project.read(tx -> tx.documents().list().get(0).id());
    }

    /** A project in {@code folder} with one 1 MB document holding 5,000 codings (the window benchmark's too). */
    static OpenProject create(java.nio.file.Path folder) {
        OpenProject project = new OpenProject(H2ProjectStore.create(folder, "bench-document"));
        String text = SyntheticCorpus.fromBundledStudy().document(0, SIZE);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String name = SyntheticCorpus.documentName(0);
        project.execute(new AddDocument(new NewDocument(name, "txt", name, bytes, ProjectImporter.sha256(bytes), text,
                null, "UTF-8", "fr")));
        SyntheticCorpus.createCodes(project, SyntheticCorpus.CODES);
        project.execute(new ImportCodings(SyntheticCorpus.codings(CODINGS, 1, new int[] {text.length()})));
        return project;
    }

    @Override
    public Measured run() {
        int shown = project.read(tx -> {
            String text = tx.documents().text(documentId);
            List<Integer> pages = tx.documents().pageStarts(documentId);
            List<Coding> codings = tx.codings().list(CodingFilter.ofDocument(documentId));
            tx.codes().codebook();
            tx.coders().list();
            tx.memos().list();
            return text.length() + (pages == null ? 0 : pages.size()) + codings.size();
        });
        if (shown < SIZE) {
            throw new IllegalStateException("the document was not read whole");
        }
        return null;
    }

    @Override
    public void close() {
        if (project != null) {
            project.close();
        }
    }
}
