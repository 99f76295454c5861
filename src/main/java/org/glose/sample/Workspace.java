package org.glose.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.glose.core.project.OpenProject;
import org.glose.store.H2ProjectStore;
import org.glose.store.ProjectFolder;

/**
 * Where Glose keeps its own files: {@code ~/.glose} (or the folder in system property {@code glose.home}), with
 * the last opened project and the sample project that a first launch creates.
 */
public final class Workspace {

    private final Path home;

    public Workspace(Path home) {
        this.home = home;
    }

    public static Workspace standard() {
        String override = System.getProperty("glose.home");
        return new Workspace(override != null ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".glose"));
    }

    public Path home() {
        return home;
    }

    public Path sampleProjectFolder() {
        return home.resolve("projects").resolve("exemple-plateformes");
    }

    private Path lastProjectFile() {
        return home.resolve("last-project");
    }

    /** The last project the user opened, if it still exists. */
    public Optional<Path> lastProject() {
        try {
            Path file = lastProjectFile();
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Path p = Path.of(Files.readString(file, StandardCharsets.UTF_8).strip());
            return ProjectFolder.isProject(p) ? Optional.of(p) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void rememberLastProject(Path folder) {
        try {
            Files.createDirectories(home);
            Files.writeString(lastProjectFile(), folder.toAbsolutePath().toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // remembering is a convenience: the project itself is safe
        }
    }

    /**
     * The project to show at start-up: the last one opened, else the sample project, created from the
     * application's resources on first launch (all at once: {@link SampleInstall}).
     */
    public OpenProject openStartupProject() {
        Optional<Path> last = lastProject();
        if (last.isPresent()) {
            return new OpenProject(H2ProjectStore.open(last.get()));
        }
        Path sample = sampleProjectFolder();
        OpenProject project = ProjectFolder.isProject(sample)
                ? new OpenProject(H2ProjectStore.open(sample))
                : SampleInstall.install(sample);
        rememberLastProject(sample);
        return project;
    }
}
