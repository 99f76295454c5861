package org.glose.bench;

import java.nio.file.Path;
import org.glose.core.analysis.AnalysisService;
import org.glose.core.analysis.cooccurrence.CoOccurrence;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceTable;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.data.AnalysisFilter;
import org.glose.core.analysis.data.AnalysisLoader;
import org.glose.core.analysis.data.CodedData;
import org.glose.core.project.OpenProject;
import org.glose.store.H2ProjectStore;
import org.glose.store.RawCodingRows;

/**
 * The co-occurrence table of all 30 codes (overlapping codings, counts) as the analysis pane and
 * {@code glose cooccurrence} compute it: the codings read from the project, then the sweep of core.analysis.
 * Inputs: the corpus project (16,500 codings) or the large project (1,000,000 codings at full scale). With
 * {@code sweepOnly}, the codings are read once beforehand and only the sweep is timed, to show where time goes.
 * Baseline (not for the sweep alone): {@link RawCoOccurrence}, plain JDBC and a plain loop on a copy of the same
 * database, checked to count the same pairs as Glose's table.
 */
final class CoOccurrenceWorkload implements Workload {

    private final String name;
    private final boolean large;
    private final boolean sweepOnly;
    private OpenProject project;
    private CodedData data;
    private RawCodingRows raw;
    private long glosePairs = -1;
    private int codes;

    CoOccurrenceWorkload(String name, boolean large, boolean sweepOnly) {
        this.name = name;
        this.large = large;
        this.sweepOnly = sweepOnly;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void prepare(BenchContext context) throws Exception {
        Path folder = large ? context.fixtures().largeProject() : context.fixtures().corpusProject();
        if (!sweepOnly) {
            raw = new RawCodingRows(folder, context.workDir().resolve("raw"));
        }
        project = new OpenProject(H2ProjectStore.open(folder));
        codes = project.read(tx -> tx.codes().list()).size();
        if (sweepOnly) {
            data = project.read(tx -> AnalysisLoader.load(tx, AnalysisFilter.ALL, false));
        }
    }

    @Override
    public Measured run() {
        CoOccurrenceOptions options = CoOccurrenceOptions.of(CoOccurrenceUnit.OVERLAP);
        CoOccurrenceTable table = sweepOnly ? CoOccurrence.compute(data, options)
                : AnalysisService.cooccurrence(project, AnalysisFilter.ALL, options).table();
        if (table.size() != codes) {
            throw new IllegalStateException("the co-occurrence table has " + table.size() + " codes");
        }
        glosePairs = pairs(table);
        return null;
    }

    @Override
    public Runnable baseline() {
        if (raw == null) {
            return null;
        }
        return () -> {
            long counted = RawCoOccurrence.count(raw);
            if (counted != glosePairs) {
                throw new IllegalStateException("the raw baseline counts " + counted + " overlapping pairs, Glose "
                        + glosePairs);
            }
        };
    }

    private static long pairs(CoOccurrenceTable table) {
        long sum = 0;
        for (int i = 0; i < table.size(); i++) {
            for (int j = i + 1; j < table.size(); j++) {
                sum += table.count(i, j);
            }
        }
        return sum;
    }

    @Override
    public void close() {
        if (raw != null) {
            raw.close();
        }
        if (project != null) {
            project.close();
        }
    }
}
