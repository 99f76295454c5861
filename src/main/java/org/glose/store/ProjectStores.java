package org.glose.store;

import java.nio.file.Path;
import org.glose.core.project.ProjectStore;

/**
 * Opens a project wherever it lives: a folder (embedded H2, the default) or a {@code jdbc:postgresql://} URL (a
 * team project on a server). The command line and the window call this, so every command that takes a project
 * folder takes a URL as well.
 */
public final class ProjectStores {

    private ProjectStores() {
    }

    /**
     * {@code password}: of an encrypted folder, or of the server's role (else the URL's own, or none asked). A
     * password given for a folder in clear is ignored.
     */
    public static ProjectStore open(Path location, char[] password) {
        return ServerUrl.isServer(location)
                ? ServerProjectStore.open(ServerUrl.of(location), password)
                : H2ProjectStore.open(location, password);
    }

    /** Creates a new project: a folder in clear, or a team project in an empty database. */
    public static ProjectStore create(Path location, String name, char[] password) {
        return ServerUrl.isServer(location)
                ? ServerProjectStore.create(ServerUrl.of(location), name, password)
                : H2ProjectStore.create(location, name);
    }
}
