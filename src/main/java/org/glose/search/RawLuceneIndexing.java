package org.glose.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The benchmark's raw-library baseline for indexing: texts written into a new Lucene index in {@code folder}
 * with the same analyzers, fields and buffer as a project's index, then committed. No database, no freshness
 * stamps, no language guess (French). Lives here because the analysis and field names of the index are this
 * package's.
 */
public final class RawLuceneIndexing {

    private RawLuceneIndexing() {
    }

    /** Replaces whatever index {@code folder} holds with one of {@code texts}. */
    public static void index(Path folder, List<String> texts) {
        IndexWriterConfig config = new IndexWriterConfig(Analysis.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        try (Directory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < texts.size(); i++) {
                writer.addDocument(IndexedDocument.of(i + 1, "", Language.FR, texts.get(i)));
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
