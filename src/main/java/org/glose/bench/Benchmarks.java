package org.glose.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The workloads `glose bench` knows, by name. */
public final class Benchmarks {

    private static final Map<String, Supplier<Workload>> WORKLOADS = new LinkedHashMap<>();

    static {
        WORKLOADS.put("startup", StartupWorkload::new);
        WORKLOADS.put("import-sample", () -> new ImportWorkload("import-sample", true));
        WORKLOADS.put("import-corpus", () -> new ImportWorkload("import-corpus", false));
        WORKLOADS.put("open-large-project", OpenProjectWorkload::new);
        WORKLOADS.put("coding-action", CodingActionWorkload::new);
    }

    private Benchmarks() {
    }

    public static List<String> names() {
        return List.copyOf(WORKLOADS.keySet());
    }

    /** The named workloads, or all of them when {@code names} is empty; unknown names are refused. */
    public static List<Workload> select(List<String> names) {
        List<Workload> selected = new ArrayList<>();
        for (String name : names.isEmpty() ? names() : names) {
            Supplier<Workload> s = WORKLOADS.get(name);
            if (s == null) {
                throw new IllegalArgumentException("There is no workload \"" + name + "\" (known: "
                        + String.join(", ", names()) + ").");
            }
            selected.add(s.get());
        }
        return selected;
    }

    public static Map<String, Object> machine() {
        return Machine.describe();
    }
}
