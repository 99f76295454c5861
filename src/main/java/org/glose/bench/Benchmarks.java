package org.glose.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.glose.core.project.InvalidInputException;

/** The workloads `glose bench` knows, by name, in the order they run. */
public final class Benchmarks {

    private static final Map<String, Supplier<Workload>> WORKLOADS = new LinkedHashMap<>();

    static {
        WORKLOADS.put("startup", StartupWorkload::new);
        WORKLOADS.put("import-sample", () -> new ImportWorkload("import-sample", ImportWorkload.Input.SAMPLE));
        WORKLOADS.put("import-corpus-200x140k",
                () -> new ImportWorkload("import-corpus-200x140k", ImportWorkload.Input.CORPUS));
        WORKLOADS.put("import-docx-200x140k",
                () -> new ImportWorkload("import-docx-200x140k", ImportWorkload.Input.DOCX));
        WORKLOADS.put("import-pdf-200x20k", () -> new ImportWorkload("import-pdf-200x20k", ImportWorkload.Input.PDF));
        WORKLOADS.put("search-frequent", () -> new SearchWorkload("search-frequent", "données"));
        WORKLOADS.put("search-rare", () -> new SearchWorkload("search-rare", "aboutissement"));
        WORKLOADS.put("search-phrase", () -> new SearchWorkload("search-phrase", "\"gouvernance des données\""));
        WORKLOADS.put("search-wildcard", () -> new SearchWorkload("search-wildcard", "territ*"));
        WORKLOADS.put("cooccurrence-16k", () -> new CoOccurrenceWorkload("cooccurrence-16k", false, false));
        WORKLOADS.put("cooccurrence-1m", () -> new CoOccurrenceWorkload("cooccurrence-1m", true, false));
        WORKLOADS.put("cooccurrence-1m-sweep", () -> new CoOccurrenceWorkload("cooccurrence-1m-sweep", true, true));
        WORKLOADS.put("open-project-1m", OpenProjectWorkload::new);
        WORKLOADS.put("coding-action", CodingActionWorkload::new);
        WORKLOADS.put("open-document-1mb-5000-codings", OpenDocumentWorkload::new);
        for (DocumentWindowWorkload.Measure m : DocumentWindowWorkload.Measure.values()) {
            WORKLOADS.put(m.workload, () -> new DocumentWindowWorkload(m));
        }
    }

    private Benchmarks() {
    }

    public static List<String> names() {
        return List.copyOf(WORKLOADS.keySet());
    }

    /** The named workloads, or all of them when {@code names} is empty; an unknown name is refused. */
    public static List<Workload> select(List<String> names) {
        List<Workload> selected = new ArrayList<>();
        for (String name : names.isEmpty() ? names() : names) {
            Supplier<Workload> s = WORKLOADS.get(name.strip());
            if (s == null) {
                throw new InvalidInputException("There is no workload \"" + name + "\"; the workloads are: "
                        + String.join(", ", names()) + ".");
            }
            selected.add(s.get());
        }
        return selected;
    }
}
