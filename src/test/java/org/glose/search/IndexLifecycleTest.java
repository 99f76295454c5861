package org.glose.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.glose.core.document.AddDocument;
import org.glose.core.document.DeleteDocument;
import org.glose.core.document.EditDocumentText;
import org.glose.core.document.TextEdit;
import org.glose.core.text.TextRange;
import org.glose.core.model.NewDocument;
import org.glose.core.project.OpenProject;
import org.glose.core.project.ProjectStore;
import org.glose.core.search.ProjectSearch;
import org.glose.core.search.SearchSpec;
import org.glose.store.H2ProjectStore;
import org.glose.core.model.Document;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is a cache: it follows imports and deletions, and comes back from any loss or damage. */
class IndexLifecycleTest {

    @TempDir
    Path dir;
    SearchFixture f;

    @BeforeEach
    void open() {
        f = SearchFixture.threeDocuments(dir.resolve("p"));
        assertThat(f.search("etat").total()).isEqualTo(3);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void anImportedDocumentIsFoundAndADeletedOneIsGoneAndUndoBringsItBack() {
        Document added = f.add("nouveau.txt", "Le nouvel État.", "fr");
        assertThat(f.search("etat").total()).isEqualTo(4);
        f.project.execute(new DeleteDocument(f.document("rapport.txt").id()));
        assertThat(f.search("etat").total()).isEqualTo(2);
        f.project.undo();
        assertThat(f.search("etat").total()).isEqualTo(4);
        f.project.execute(new DeleteDocument(added.id()));
        assertThat(f.search("etat").documents()).isEqualTo(2);
    }

    @Test
    void anAnonymisedNameLeavesTheIndexEvenWhenTheTextKeepsItsLength() {
        Document d = f.add("anonyme.txt", "Entretien avec Dupont sur la gouvernance.", "fr");
        assertThat(f.search("Dupont").total()).isEqualTo(1);
        int at = "Entretien avec ".length();
        f.project.execute(new EditDocumentText(d.id(),
                new TextEdit(new TextRange(at, at + "Dupont".length()), "XXXXXX")));
        assertThat(f.search("Dupont").total()).isZero();
        assertThat(f.search("XXXXXX").total()).isEqualTo(1);
        f.project.undo();
        assertThat(f.search("Dupont").total()).isEqualTo(1);
        assertThat(f.search("XXXXXX").total()).isZero();
    }

    @Test
    void theIndexUpdatesItselfAfterAnImportWithoutWaitingForASearch() throws Exception {
        f.add("nouveau.txt", "Le nouvel État.", "fr");
        // whether the listener's update ran already or not, an update leaves nothing more to do
        f.index.update().run(Progress.NONE, new Cancellation());
        assertThat(f.index.update().run(Progress.NONE, new Cancellation())).isZero();
        assertThat(f.search("etat").total()).isEqualTo(4);
    }

    @Test
    void aValidIndexIsKeptWhenTheProjectIsOpenedAgain() throws Exception {
        f.index.close();
        f.openIndex();
        assertThat(f.index.keptOnOpen()).isTrue();
        assertThat(f.index.update().run(Progress.NONE, new Cancellation())).isZero();
    }

    @Test
    void aDeletedIndexFolderIsRebuilt() throws IOException {
        f.index.close();
        IndexFolder.wipe(f.indexFolder());
        Files.delete(f.indexFolder());
        f.openIndex();
        assertThat(f.index.keptOnOpen()).isFalse();
        assertThat(f.search("etat").total()).isEqualTo(3);
        assertThat(stamp()).containsEntry(IndexStamp.KEY_FORMAT, IndexStamp.FORMAT);
    }

    @Test
    void aCorruptedIndexIsRebuilt() throws IOException {
        f.index.close();
        try (Stream<Path> files = Files.list(f.indexFolder())) {
            for (Path file : files.toList()) {
                Files.write(file, "not an index".getBytes());
            }
        }
        f.openIndex();
        assertThat(f.index.keptOnOpen()).isFalse();
        assertThat(f.search("etat").total()).isEqualTo(3);
    }

    @Test
    void anIndexWithAnotherFormatIsRebuilt() throws IOException {
        f.index.close();
        try (FSDirectory d = FSDirectory.open(f.indexFolder());
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(IndexStamp.KEY_FORMAT, "glose-search-0", IndexStamp.KEY_LUCENE, "9",
                    IndexStamp.KEY_CONTENT, "x").entrySet());
            w.commit();
        }
        f.openIndex();
        assertThat(f.index.keptOnOpen()).isFalse();
        assertThat(f.search("etat").total()).isEqualTo(3);
        assertThat(stamp()).containsEntry(IndexStamp.KEY_FORMAT, IndexStamp.FORMAT);
    }

    @Test
    void aRebuildIndexesEveryDocumentAgain() throws Exception {
        List<String> messages = new java.util.ArrayList<>();
        int indexed = f.index.rebuild().run((done, total, message) -> messages.add(message), new Cancellation());
        assertThat(indexed).isEqualTo(3);
        assertThat(messages).anyMatch(m -> m.contains("rapport.txt"));
        assertThat(f.search("etat").total()).isEqualTo(3);
    }

    @Test
    void aCancelledRebuildIsFinishedByTheNextSearch() {
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.index.rebuild().run(Progress.NONE, cancelled))
                .isInstanceOf(org.glose.core.task.TaskCancelledException.class);
        assertThat(f.search("etat").total()).isEqualTo(3);
    }

    @Test
    void anEncryptedProjectKeepsItsIndexInMemoryOnly() {
        Path folder = dir.resolve("secret");
        H2ProjectStore real = H2ProjectStore.create(folder, "Secret");
        ProjectStore encrypted = (ProjectStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ProjectStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("isEncrypted")) {
                        return true;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        try (OpenProject p = new OpenProject(encrypted); LuceneSearchIndex index = LuceneSearchIndex.open(p)) {
            p.execute(new AddDocument(new NewDocument("secret.txt", "txt", "secret.txt", new byte[0], "s",
                    "L'État secret.", null, "UTF-8", "fr")));
            assertThat(new ProjectSearch(p, index).search(SearchSpec.of("etat"), 10).total()).isEqualTo(1);
            assertThat(folder.resolve(IndexFolder.NAME)).doesNotExist();
        }
    }

    private Map<String, String> stamp() throws IOException {
        try (FSDirectory d = FSDirectory.open(f.indexFolder())) {
            return SegmentInfos.readLatestCommit(d).getUserData();
        }
    }
}
