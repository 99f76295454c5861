package org.glose.ui;

import java.nio.file.Path;
import org.glose.core.project.OpenProject;
import org.glose.sample.Workspace;
import org.glose.store.H2ProjectStore;
import org.glose.store.ServerUrl;
import org.glose.store.Snapshots;

/**
 * How the window gets its projects: the one to show at start-up, an existing folder, a new folder. Each call may
 * take seconds (migration, the sample project on a first launch) and runs off the FX thread.
 */
public interface ProjectOpener {

    OpenProject startup();

    OpenProject open(Path folder);

    OpenProject create(Path folder, String name);

    /** Remembers the project to reopen at the next start-up. */
    void remember(Path folder);

    /** Opens a project that may be encrypted ({@code password} null when none was asked for yet). */
    default OpenProject open(Path folder, char[] password) {
        if (ServerUrl.isServer(folder)) {
            return new OpenProject(org.glose.store.ProjectStores.open(folder, password));
        }
        return password == null ? open(folder) : new OpenProject(H2ProjectStore.open(folder, password));
    }

    /** Opens a project read-only: nothing can be changed in it (supervisor review, a colleague's copy). */
    default OpenProject openReadOnly(Path folder, char[] password) {
        return new OpenProject(H2ProjectStore.openReadOnly(folder, password));
    }

    /** Opens a read-only copy of a snapshot (the project itself being open elsewhere). */
    default OpenProject openSnapshotCopy(Path folder, String snapshotId, char[] password) {
        return new OpenProject(Snapshots.of(folder).openReadOnlyCopy(snapshotId, password));
    }

    /** The projects opened last, newest first (File → Open recent); none unless the opener remembers them. */
    default java.util.List<Path> recent() {
        return java.util.List.of();
    }

    /** Projects on disk through {@link H2ProjectStore}, the last ones remembered in the workspace. */
    static ProjectOpener standard(Workspace workspace) {
        RecentProjects recent = new RecentProjects(workspace.home());
        return new ProjectOpener() {
            @Override
            public OpenProject startup() {
                return workspace.openStartupProject();
            }

            @Override
            public OpenProject open(Path folder) {
                return new OpenProject(H2ProjectStore.open(folder));
            }

            @Override
            public OpenProject create(Path folder, String name) {
                return new OpenProject(H2ProjectStore.create(folder, name));
            }

            @Override
            public void remember(Path folder) {
                if (ServerUrl.isServer(folder)) {
                    return; // a URL may hold the server's password: never written to disk
                }
                workspace.rememberLastProject(folder);
                recent.add(folder);
            }

            @Override
            public java.util.List<Path> recent() {
                return recent.list();
            }
        };
    }
}
