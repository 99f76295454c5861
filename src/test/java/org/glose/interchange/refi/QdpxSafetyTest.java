package org.glose.interchange.refi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glose.interchange.refi.RefiFixtures.entries;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.ProjectProblemException;
import org.glose.core.task.Cancellation;
import org.glose.core.task.TaskCancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken archives are refused with a clear sentence, and a failed import leaves nothing behind. */
class QdpxSafetyTest {

    @TempDir
    Path dir;

    static final String MINIMAL = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"P\"><Sources><TextSource guid="
            + "\"bbbbbbbb-0000-0000-0000-000000000001\" name=\"S\" plainTextPath=\"internal://s.txt\"/></Sources>"
            + "</Project>";

    private Path archive(Object... entries) throws Exception {
        return RefiFixtures.zip(dir.resolve("hostile.qdpx"), entries(entries));
    }

    private void assertRefusedAndNothingWritten(Path qdpx, String messagePart) {
        assertThatThrownBy(() -> RefiFixtures.importQdpx(qdpx, dir.resolve("out")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(messagePart);
        assertThat(dir.resolve("out")).doesNotExist();
        assertThat(dir.toFile().list()).containsExactly(qdpx.getFileName().toString());
    }

    @Test
    void entriesEscapingTheFolderAreRefused() throws Exception {
        for (String evil : List.of("../evil.txt", "sources/../../evil.txt", "/etc/evil", "C:\\evil.txt",
                "sources\\..\\..\\evil.txt")) {
            Path qdpx = archive("project.qde", MINIMAL, evil, "x");
            assertRefusedAndNothingWritten(qdpx, "points outside the archive's folder");
            Files.delete(qdpx);
        }
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        byte[] zeros = new byte[30 << 20];
        Path qdpx = archive("project.qde", MINIMAL, "sources/s.txt", zeros);
        assertThat(Files.size(qdpx)).isLessThan(1 << 20);
        assertRefusedAndNothingWritten(qdpx, "zip bomb");
    }

    @Test
    void entriesLargerThanTheCapAreRefused() throws Exception {
        Path qdpx = archive("project.qde", MINIMAL, "sources/s.txt", "0123456789".repeat(1000));
        QdpxArchive.Limits small = new QdpxArchive.Limits(5000, 1 << 20, 1000, 100);
        try (QdpxArchive a = QdpxArchive.open(qdpx, small)) {
            assertThatThrownBy(() -> a.source("internal://s.txt")).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("larger than 5000 bytes");
        }
    }

    @Test
    void externalEntitiesAreRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        Files.delete(secret);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&xxe;\"/>";
        assertRefusedAndNothingWritten(archive("project.qde", xxe), "DTD");
    }

    @Test
    void entityExpansionIsRefused() throws Exception {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">");
        }
        laughs.append("]><Project name=\"&lol9;\"/>");
        assertRefusedAndNothingWritten(archive("project.qde", laughs.toString()), "DTD");
    }

    @Test
    void notAZipNoProjectFileAndMalformedXmlAreRefusedClearly() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.qdpx"), "just text");
        assertRefusedAndNothingWritten(text, "not a ZIP archive");
        Files.delete(text);
        Path empty = archive("sources/s.txt", "x");
        assertRefusedAndNothingWritten(empty, "holds no project.qde");
        Files.delete(empty);
        assertRefusedAndNothingWritten(archive("project.qde", "<Project name=\"x\"><Users></Project>"),
                "not well-formed XML");
    }

    @Test
    void anExistingFolderIsNeverMixedInto() throws Exception {
        Path qdpx = archive("project.qde", MINIMAL, "sources/s.txt", "text");
        Path target = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(target.resolve("thesis.docx"), "mine");
        assertThatThrownBy(() -> RefiFixtures.importQdpx(qdpx, target)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not empty");
        assertThat(target.toFile().list()).containsExactly("thesis.docx");
    }

    @Test
    void aFailureWhileWritingLeavesNoProjectAndNoTemporaryFolder() throws Exception {
        Path qdpx = archive("project.qde", MINIMAL, "sources/s.txt", "text");
        ProjectFactory failing = (folder, name) -> {
            RefiFixtures.FACTORY.create(folder, name).close();
            throw new ProjectProblemException("disk full");
        };
        assertThatThrownBy(() -> new QdpxImport(failing).importAs(qdpx, dir.resolve("out"),
                org.glose.core.task.Progress.NONE, new Cancellation())).hasMessage("disk full");
        assertThat(dir.toFile().list()).containsExactly("hostile.qdpx");
    }

    @Test
    void cancellingLeavesNothingBehind() throws Exception {
        Path qdpx = archive("project.qde", MINIMAL, "sources/s.txt", "text");
        Cancellation cancellation = new Cancellation();
        // cancel while the project is being written: the finished project must not appear
        assertThatThrownBy(() -> new QdpxImport(RefiFixtures.FACTORY).importAs(qdpx, dir.resolve("out"),
                (done, total, message) -> {
                    if (done == 1) {
                        cancellation.cancel();
                    }
                }, cancellation)).isInstanceOf(TaskCancelledException.class);
        assertThat(dir.toFile().list()).containsExactly("hostile.qdpx");
    }
}
