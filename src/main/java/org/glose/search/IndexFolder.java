package org.glose.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.glose.core.project.ProjectProblemException;

/**
 * The {@code index/} folder of a project. Opening it keeps an index only when it can be read and carries this
 * Glose's stamp; anything else (missing, unreadable, damaged, another format or Lucene version) is wiped, since
 * the index is derived from the database and can always be built again.
 */
final class IndexFolder {

    static final String NAME = "index";

    private IndexFolder() {
    }

    /** An index writer on the folder; the second value says whether an old index was kept. */
    record Opened(IndexWriter writer, boolean kept) {
    }

    /** An empty index in memory, for projects whose derived data must not reach the disk. */
    static Opened inMemory(Analyzer analyzer) {
        try {
            return new Opened(new IndexWriter(new ByteBuffersDirectory(), config(analyzer)), false);
        } catch (IOException e) {
            throw new ProjectProblemException("The search index cannot be made: " + e.getMessage(), e);
        }
    }

    static Opened open(Path folder, Analyzer analyzer) {
        try {
            Files.createDirectories(folder);
            boolean kept = usable(folder);
            if (!kept) {
                wipe(folder);
            }
            Directory directory = FSDirectory.open(folder);
            try {
                return new Opened(new IndexWriter(directory, config(analyzer)), kept);
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
        } catch (LockObtainFailedException e) {
            throw new ProjectProblemException("The search index in " + folder
                    + " is in use by another program; close it there first.", e);
        } catch (IOException e) {
            throw new ProjectProblemException("The search index in " + folder + " cannot be written: "
                    + e.getMessage(), e);
        }
    }

    private static IndexWriterConfig config(Analyzer analyzer) {
        // a larger buffer than Lucene's 16 MB: a whole corpus is often indexed at once, with fewer flushes
        return new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false);
    }

    /** True when the folder holds an index this Glose wrote and can read. */
    static boolean usable(Path folder) {
        try (Directory directory = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(directory)) {
                return false;
            }
            SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
            if (!IndexStamp.compatible(infos.getUserData())) {
                return false;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.numDocs() >= 0;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Deletes the index files; the folder itself stays. */
    static void wipe(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (Files.isDirectory(file)) {
                    try (Stream<Path> tree = Files.walk(file)) {
                        for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.deleteIfExists(p);
                        }
                    }
                } else {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
