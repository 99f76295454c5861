package org.glose.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glose.store.ProjectFolder;

/**
 * The projects opened last, newest first, in a text file of the Glose home folder (one path a line). Remembering
 * is a convenience: a file that cannot be read or written leaves the list empty and the projects untouched.
 * Called off the FX thread.
 */
final class RecentProjects {

    static final int MAX = 8;

    private final Path file;

    RecentProjects(Path home) {
        this.file = home.resolve("recent-projects");
    }

    /** The remembered projects that are still there, newest first. */
    synchronized List<Path> list() {
        return read().stream().filter(ProjectFolder::isProject).toList();
    }

    /** Puts a project first, keeping at most {@link #MAX}. */
    synchronized void add(Path folder) {
        Path added = folder.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(List.of(added));
        read().stream().filter(p -> !p.equals(added)).limit(MAX - 1L).forEach(paths::add);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, paths.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the list is a convenience: the project itself is safe
        }
    }

    private List<Path> read() {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).map(line -> Path.of(line.strip())).toList() : List.of();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
