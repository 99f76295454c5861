package org.glose.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.glose.core.model.Document;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.project.PasswordException;
import org.glose.core.project.ProjectLockedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionTest {

    private static final String SECRET = "Entretien confidentiel numéro 7 : le maire de Quimperlé";
    private static final char[] PASSWORD = "correct horse battery stäple".toCharArray();

    @TempDir
    Path dir;

    private Path folder() {
        return dir.resolve("project");
    }

    /** Every byte written in the project folder, zip entries inflated. */
    private List<String> everythingOnDisk() throws IOException {
        List<String> contents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                contents.add(new String(bytes, StandardCharsets.UTF_8));
                contents.add(new String(bytes, StandardCharsets.UTF_16BE));
                if (f.toString().endsWith(".zip")) {
                    try (InputStream in = Files.newInputStream(f); ZipInputStream z = new ZipInputStream(in)) {
                        for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                            byte[] entry = z.readAllBytes();
                            contents.add(new String(entry, StandardCharsets.UTF_8));
                            contents.add(new String(entry, StandardCharsets.UTF_16BE));
                        }
                    }
                }
            }
        }
        return contents;
    }

    private static String secretPart() {
        return SECRET.substring(SECRET.indexOf("maire"));
    }

    @Test
    void anEncryptedProjectLeavesNoPlainTextOnDiskAndOpensOnlyWithItsPassword() throws Exception {
        try (OpenProject p = new OpenProject(H2ProjectStore.create(folder(), "Secret", PASSWORD.clone()))) {
            assertThat(p.isEncrypted()).isTrue();
            TestProjects.addDocument(p, "entretien-7.txt", SECRET);
            p.snapshot(true);
        }
        assertThat(ProjectFolder.isEncrypted(folder())).isTrue();
        assertThat(everythingOnDisk()).noneMatch(s -> s.contains(secretPart()) || s.contains("entretien-7"));

        assertThatThrownBy(() -> H2ProjectStore.open(folder()))
                .isInstanceOf(PasswordException.class).hasMessageContaining("is encrypted")
                .satisfies(e -> assertThat(((PasswordException) e).isWrong()).isFalse());
        assertThatThrownBy(() -> H2ProjectStore.open(folder(), "wrong".toCharArray()))
                .isInstanceOf(PasswordException.class).hasMessage("The password is wrong.")
                .satisfies(e -> assertThat(((PasswordException) e).isWrong()).isTrue());
        // a refused password leaves the project free for the next attempt
        try (OpenProject p = new OpenProject(H2ProjectStore.open(folder(), PASSWORD.clone()))) {
            String text = p.read(tx -> tx.documents().text(tx.documents().list().get(0).id()));
            assertThat(text).isEqualTo(SECRET);
        }
    }

    @Test
    void aProjectEncryptedLaterHasItsSnapshotsEncryptedAndItsIndexRemoved() throws Exception {
        String snapshot;
        try (OpenProject p = TestProjects.create(folder())) {
            TestProjects.addDocument(p, "entretien-7.txt", SECRET);
            snapshot = p.snapshot(false).orElseThrow();
        }
        Files.createDirectories(ProjectFolder.index(folder()));
        Files.writeString(ProjectFolder.index(folder()).resolve("_0.cfs"), SECRET);
        assertThat(everythingOnDisk()).anyMatch(s -> s.contains(secretPart()));

        ProjectEncryption.encrypt(folder(), PASSWORD.clone());

        assertThat(ProjectFolder.index(folder())).doesNotExist();
        assertThat(everythingOnDisk()).noneMatch(s -> s.contains(secretPart()));
        assertThatThrownBy(() -> ProjectEncryption.encrypt(folder(), PASSWORD.clone()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already encrypted");
        Snapshots.of(folder()).restore(snapshot);
        try (OpenProject p = new OpenProject(H2ProjectStore.open(folder(), PASSWORD.clone()))) {
            List<Document> documents = p.read(tx -> tx.documents().list());
            assertThat(documents).extracting(Document::name).containsExactly("entretien-7.txt");
        }
    }

    @Test
    void decryptingNeedsTheRightPasswordAndGivesBackAPlainProject() throws Exception {
        try (OpenProject p = new OpenProject(H2ProjectStore.create(folder(), "Secret", PASSWORD.clone()))) {
            TestProjects.addDocument(p, "entretien-7.txt", SECRET);
            p.snapshot(false);
        }
        assertThatThrownBy(() -> ProjectEncryption.decrypt(folder(), "wrong".toCharArray()))
                .isInstanceOf(PasswordException.class).hasMessage("The password is wrong.");
        assertThat(ProjectFolder.isEncrypted(folder())).isTrue();
        assertThat(everythingOnDisk()).noneMatch(s -> s.contains(secretPart()));

        ProjectEncryption.decrypt(folder(), PASSWORD.clone());
        assertThat(ProjectFolder.isEncrypted(folder())).isFalse();
        try (OpenProject p = new OpenProject(H2ProjectStore.open(folder()))) {
            assertThat(p.isEncrypted()).isFalse();
            List<Document> documents = p.read(tx -> tx.documents().list());
            assertThat(documents).hasSize(1);
        }
        String id = Snapshots.of(folder()).latest().orElseThrow().id();
        try (OpenProject copy = new OpenProject(Snapshots.of(folder()).openReadOnlyCopy(id, null))) {
            List<Document> documents = copy.read(tx -> tx.documents().list());
            assertThat(documents).hasSize(1);
        }
    }

    @Test
    void anOpenProjectCannotBeEncryptedAndAnEmptyPasswordIsRefused() {
        try (OpenProject p = TestProjects.create(folder())) {
            assertThatThrownBy(() -> ProjectEncryption.encrypt(folder(), PASSWORD.clone()))
                    .isInstanceOf(ProjectLockedException.class);
        }
        assertThatThrownBy(() -> ProjectEncryption.encrypt(folder(), new char[0]))
                .isInstanceOf(InvalidInputException.class).hasMessage("The password is empty.");
        assertThat(ProjectFolder.isEncrypted(folder())).isFalse();
    }
}
