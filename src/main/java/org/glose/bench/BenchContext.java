package org.glose.bench;

import java.nio.file.Path;

/** What a workload prepares with: the scale, a temporary folder of its own, and the inputs shared by the run. */
public record BenchContext(Scale scale, Path workDir, Fixtures fixtures) {
}
