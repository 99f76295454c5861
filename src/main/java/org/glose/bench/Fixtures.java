package org.glose.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The inputs several workloads share, built at most once: the corpus project (searched and analysed) for the
 * run, in its temporary folder; the large project in a cache folder kept between runs, since it takes minutes to
 * build at full scale. Workloads open these folders themselves and close them before the next workload.
 */
public final class Fixtures {

    /** Bumped whenever the large project's contents change, so that an old cached copy is not used. */
    private static final String LARGE_FORMAT = "v2";
    private static final String COMPLETE = "complete";

    private final Scale scale;
    private final Path runDir;
    private final Path cacheDir;
    private final Consumer<String> log;
    private final PeerInputs peer;
    private Path corpus;

    /** {@code peer} is make_workload.py's inputs, or null for the project's own generator. */
    public Fixtures(Scale scale, Path runDir, Path cacheDir, PeerInputs peer, Consumer<String> log) {
        this.scale = scale;
        this.peer = peer;
        this.runDir = runDir;
        this.cacheDir = cacheDir;
        this.log = log;
    }

    /** The default cache of large projects: {@code ~/.cache/glose-bench}. */
    public static Path defaultCache() {
        return Path.of(System.getProperty("user.home"), ".cache", "glose-bench");
    }

    /** make_workload.py's inputs, or null when the project's own generator makes them. */
    PeerInputs peer() {
        return peer;
    }

    /** A project with the corpus documents, 30 codes, 16,500 codings and its search index built. */
    Path corpusProject() throws Exception {
        if (corpus == null) {
            log.accept("building the corpus project (" + scale.corpusDocuments + " documents of "
                    + Scale.DOCUMENT_SIZE / 1000 + " KB, " + Scale.CORPUS_CODINGS + " codings, index)"
                    + (peer != null ? " from " + peer.folder() : ""));
            corpus = CorpusProject.build(runDir.resolve("corpus-files"), runDir.resolve("corpus-project"),
                    scale.corpusDocuments, peer);
        }
        return corpus;
    }

    /** The large project of this scale, from the cache, built there first when missing or incomplete. */
    Path largeProject() throws Exception {
        String name = "large-" + scale.largeProjectDocuments + "-" + scale.largeProjectCodings + "-" + LARGE_FORMAT;
        Path folder = cacheDir.resolve(name);
        if (Files.exists(folder.resolve(COMPLETE))) {
            return folder;
        }
        Path building = cacheDir.resolve(name + ".building");
        BenchInputs.delete(building);
        BenchInputs.delete(folder);
        Files.createDirectories(cacheDir);
        log.accept("building the large project once into " + folder + " (" + scale.largeProjectDocuments
                + " documents, " + scale.largeProjectCodings + " codings); later runs reuse it");
        LargeProject.build(building, scale.largeProjectDocuments, scale.largeProjectCodings, log);
        Files.move(building, folder);
        Files.writeString(folder.resolve(COMPLETE), "");
        return folder;
    }
}
