package org.glose.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.glose.core.model.Document;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.core.task.TaskCancelledException;
import org.glose.core.text.TextRange;

/**
 * One open Lucene index and what it holds: which documents, with which fingerprint and language, and the content
 * fingerprint of its last commit. Not thread-safe: {@link LuceneSearchIndex} serialises the calls.
 */
final class IndexContents implements AutoCloseable {

    private record Entry(String fingerprint, Language language) {
    }

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<Long, Entry> indexed = new HashMap<>();
    private String contentStamp;

    private IndexContents(IndexWriter writer) throws IOException {
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** Takes over an open writer and reads what its index holds. */
    static IndexContents of(IndexWriter writer) throws IOException {
        IndexContents contents = new IndexContents(writer);
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        var stored = fields.document(doc);
                        contents.indexed.put(Long.parseLong(stored.get(IndexedDocument.ID)), new Entry(
                                stored.get(IndexedDocument.FINGERPRINT),
                                Language.valueOf(stored.get(IndexedDocument.LANGUAGE))));
                    }
                }
            }
        }
        Directory directory = writer.getDirectory();
        contents.contentStamp = DirectoryReader.indexExists(directory)
                ? SegmentInfos.readLatestCommit(directory).getUserData().get(IndexStamp.KEY_CONTENT) : null;
        return contents;
    }

    /** The languages of the documents searched (null: all), so that a query is parsed with each one's analysis. */
    Set<Language> languages(Set<Long> documentIds) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        indexed.forEach((id, entry) -> {
            if (documentIds == null || documentIds.contains(id)) {
                languages.add(entry.language());
            }
        });
        if (languages.isEmpty()) {
            languages.add(Language.FR);
        }
        return languages;
    }

    Map<Long, List<TextRange>> find(Query query) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return MatchFinder.find(searcher, query);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Brings the index up to date with the project's documents: removes the ones gone or changed, adds the ones
     * missing, commits with the new stamp. Returns the number of documents removed or added; 0 at once when the
     * content fingerprint is the stamped one.
     */
    int sync(OpenProject project, Progress progress, Cancellation cancellation) throws IOException {
        List<Document> documents = project.read(tx -> tx.documents().list());
        String content = IndexStamp.content(documents);
        if (content.equals(contentStamp)) {
            return 0;
        }
        Map<Long, Document> wanted = new HashMap<>();
        documents.forEach(d -> wanted.put(d.id(), d));
        int changed = 0;
        for (Long id : new ArrayList<>(indexed.keySet())) {
            Document d = wanted.get(id);
            if (d == null || !IndexStamp.of(d).equals(indexed.get(id).fingerprint())) {
                writer.deleteDocuments(IndexedDocument.idTerm(id));
                indexed.remove(id);
                changed++;
            }
        }
        List<Document> missing = documents.stream().filter(d -> !indexed.containsKey(d.id())).toList();
        boolean complete = true;
        try {
            for (int i = 0; i < missing.size(); i++) {
                cancellation.throwIfCancelled();
                Document d = missing.get(i);
                progress.update(i, missing.size(), "Indexing " + d.name());
                complete &= add(project, d);
                changed++;
            }
        } catch (TaskCancelledException e) {
            commit(IndexStamp.INCOMPLETE);
            throw e;
        }
        // a document deleted while this ran is caught by the next update, since the stamp does not claim it
        commit(complete ? content : IndexStamp.INCOMPLETE);
        progress.update(missing.size(), missing.size(), "The search index is up to date");
        return changed;
    }

    private boolean add(OpenProject project, Document d) throws IOException {
        String text;
        try {
            text = project.read(tx -> tx.documents().text(d.id()));
        } catch (RuntimeException deletedMeanwhile) {
            return false;
        }
        Language language = Language.of(d.language());
        String fingerprint = IndexStamp.of(d);
        writer.updateDocument(IndexedDocument.idTerm(d.id()), IndexedDocument.of(d.id(), fingerprint, language, text));
        indexed.put(d.id(), new Entry(fingerprint, language));
        return true;
    }

    private void commit(String content) throws IOException {
        writer.setLiveCommitData(IndexStamp.of(content).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        contentStamp = content;
    }

    /** Releases the index without committing anything (every change is committed as it is made). */
    @Override
    public void close() {
        try {
            searchers.close();
        } catch (IOException | RuntimeException ignored) {
            // closing a damaged index: what matters is that it is released
        }
        Directory directory = writer.getDirectory();
        try {
            writer.rollback();
        } catch (IOException | RuntimeException ignored) {
            // idem
        }
        try {
            directory.close();
        } catch (IOException | RuntimeException ignored) {
            // idem
        }
    }
}
