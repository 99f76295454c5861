package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glose.store.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Open recent: the projects opened last, newest first, without duplicates or vanished folders. */
class RecentProjectsTest {

    @TempDir
    Path dir;

    private Path project(String name) throws IOException {
        Path folder = dir.resolve(name);
        Files.createDirectories(folder);
        Files.write(ProjectFolder.databaseFile(folder), new byte[] {1});
        return folder;
    }

    @Test
    void aTeamProjectUrlIsNeverWrittenToDiskForItMayHoldAPassword() throws IOException {
        Path home = dir.resolve("home");
        ProjectOpener opener = ProjectOpener.standard(new org.glose.sample.Workspace(home));
        opener.remember(project("local"));
        opener.remember(Path.of("jdbc:postgresql://db.lab/etude?user=camille&password=secret"));

        assertThat(opener.recent()).containsExactly(dir.resolve("local"));
        try (var files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).doesNotContain("secret").doesNotContain("jdbc:");
            }
        }
    }

    @Test
    void theLastOpenedComesFirstOnceAndOnlyTheNewestAreKept() throws IOException {
        RecentProjects recent = new RecentProjects(dir.resolve("home"));
        List<Path> opened = new ArrayList<>();
        for (int i = 0; i < RecentProjects.MAX + 2; i++) {
            opened.add(project("p" + i));
            recent.add(opened.get(i));
        }
        recent.add(opened.get(RecentProjects.MAX)); // opened again: moves first, not listed twice

        List<Path> listed = new RecentProjects(dir.resolve("home")).list();
        assertThat(listed).hasSize(RecentProjects.MAX).doesNotHaveDuplicates();
        assertThat(listed.get(0)).isEqualTo(opened.get(RecentProjects.MAX));
        assertThat(listed.get(1)).isEqualTo(opened.get(RecentProjects.MAX + 1));
        assertThat(listed).doesNotContain(opened.get(0), opened.get(1));
    }

    @Test
    void aProjectDeletedSinceIsNotOffered() throws IOException {
        RecentProjects recent = new RecentProjects(dir.resolve("home"));
        Path kept = project("kept");
        Path gone = project("gone");
        recent.add(kept);
        recent.add(gone);
        Files.delete(ProjectFolder.databaseFile(gone));
        assertThat(recent.list()).containsExactly(kept);
    }

    @Test
    void anUnwritableHomeLeavesTheListEmpty() throws IOException {
        Path home = dir.resolve("home-file");
        Files.writeString(home, "not a folder");
        RecentProjects recent = new RecentProjects(home);
        recent.add(project("p"));
        assertThat(recent.list()).isEmpty();
    }
}
