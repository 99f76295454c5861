package org.glose.core.project;

import java.nio.file.Path;

/**
 * The project is open in another program or window. The message names who holds it when known; the window may
 * offer a read-only copy of the project's last snapshot instead.
 */
public class ProjectLockedException extends ProjectProblemException {

    private final transient Path folder;

    public ProjectLockedException(String message, Path folder, Throwable cause) {
        super(message, cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
