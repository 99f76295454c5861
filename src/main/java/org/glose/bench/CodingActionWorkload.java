package org.glose.bench;

import java.nio.file.Path;
import java.util.Random;
import org.glose.core.coding.ApplyCode;
import org.glose.core.model.Code;
import org.glose.core.model.Document;
import org.glose.core.project.OpenProject;
import org.glose.core.text.TextRange;
import org.glose.store.H2ProjectStore;
import org.glose.store.RawInsertBaseline;

/**
 * One coding action on the large project, durable when it returns (checks, insert, history, commit, sync, undo
 * entry). Baseline: a plain H2 insert and commit with the same durability setting. The codings added are undone
 * afterwards, so the cached project stays as built.
 */
final class CodingActionWorkload implements Workload {

    private OpenProject project;
    private Document document;
    private Code code;
    private final Random random = new Random(SyntheticCorpus.SEED);
    private RawInsertBaseline raw;

    @Override
    public String name() {
        return "coding-action";
    }

    @Override
    public void prepare(BenchContext context) throws Exception {
        Path folder = context.fixtures().largeProject();
        project = new OpenProject(H2ProjectStore.open(folder));
        document = project.read(tx -> tx.documents().list().get(0));
        code = project.read(tx -> tx.codes().list().get(0));
        raw = new RawInsertBaseline(context.workDir().resolve("raw"));
    }

    @Override
    public Measured run() {
        int start = random.nextInt(document.length() - 100);
        project.execute(new ApplyCode(document.id(), code.id(), "bench", TextRange.of(start, start + 80)));
        return null;
    }

    @Override
    public Runnable baseline() {
        return raw::insertAndCommit;
    }

    @Override
    public void close() {
        if (project != null) {
            while (project.undo().isPresent()) {
                // removes the codings this workload added
            }
            project.close();
        }
        if (raw != null) {
            raw.close();
        }
    }
}
