package org.glose.core.project;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The project's database is damaged (truncated, overwritten, unreadable). The message says how to restore the
 * last snapshot; {@link #lastSnapshot()} names it so that the window can offer the restore.
 */
public class ProjectDamagedException extends ProjectProblemException {

    private final transient Path folder;
    private final String lastSnapshot;

    public ProjectDamagedException(String message, Path folder, String lastSnapshot, Throwable cause) {
        super(message, cause);
        this.folder = folder;
        this.lastSnapshot = lastSnapshot;
    }

    public Path folder() {
        return folder;
    }

    /** The id of the newest snapshot, if the project has any. */
    public Optional<String> lastSnapshot() {
        return Optional.ofNullable(lastSnapshot);
    }
}
