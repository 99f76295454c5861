package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glose.store.H2ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What dropping files on the window does with them, before anything is read. */
class FileDropPlanTest {

    @TempDir
    Path dir;

    @Test
    void documentsAndCodebooksAreSortedAndAFolderGivesItsFiles() throws Exception {
        Path transcripts = Files.createDirectories(dir.resolve("entretiens"));
        Path a = Files.writeString(transcripts.resolve("A.txt"), "a");
        Path b = Files.writeString(transcripts.resolve("B.docx"), "b");
        Files.writeString(transcripts.resolve(".DS_Store"), "x");
        Files.createDirectories(transcripts.resolve("brouillons"));
        Path codebook = Files.writeString(dir.resolve("grille.QDC"), "<CodeBook/>");
        Path note = Files.writeString(dir.resolve("note.md"), "n");

        FileDrop.Plan plan = FileDrop.plan(List.of(transcripts, codebook, note));

        assertThat(plan.project()).isNull();
        assertThat(plan.codebooks()).containsExactly(codebook);
        assertThat(plan.documents()).containsExactly(a, b, note);
    }

    @Test
    void aProjectFolderIsOpenedRatherThanImported() throws Exception {
        Path project = dir.resolve("projet");
        H2ProjectStore.create(project, "Projet").close();
        Path note = Files.writeString(dir.resolve("note.txt"), "n");

        FileDrop.Plan plan = FileDrop.plan(List.of(note, project));

        assertThat(plan.project()).isEqualTo(project);
        assertThat(plan.documents()).isEmpty();
    }
}
