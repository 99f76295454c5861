package org.glose.ui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.glose.core.project.OpenProject;
import org.glose.store.ProjectRevision;

/**
 * Brings other coders' changes of a team project into the window (docs/team-server.md): every few seconds, on a
 * thread of its own, one cheap query asks the server whether anyone else committed a change; when so, the
 * session's change listeners hear it as they hear this window's own changes, and the views reload. A project
 * folder has one writer, so it is not watched. The watch ends by itself once the project is closed.
 */
public final class ServerChangeWatch {

    /** What the change listeners hear when the project changed elsewhere. */
    public static final String LABEL = "Changes by other coders";
    private static final long DEFAULT_PERIOD_MILLIS = 3_000;

    private final OpenProject project;
    private final Consumer<String> changed;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "glose-server-watch");
        t.setDaemon(true);
        return t;
    });

    private ServerChangeWatch(OpenProject project, Consumer<String> changed) {
        this.project = project;
        this.changed = changed;
    }

    /**
     * Watches {@code project}: {@code changed} is called off the FX thread with {@link #LABEL} after other coders'
     * changes of a team project. For a project folder the watch ends at its first look; nothing here touches the
     * store on the calling thread (the FX thread).
     */
    public static void follow(OpenProject project, Consumer<String> changed) {
        new ServerChangeWatch(project, changed).start(period());
    }

    private void start(long periodMillis) {
        timer.schedule(() -> {
            if (isTeamProject()) {
                timer.scheduleWithFixedDelay(this::look, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
            } else {
                timer.shutdown();
            }
        }, 0, TimeUnit.MILLISECONDS);
    }

    private boolean isTeamProject() {
        try {
            return !project.isReadOnly() && project.read(ProjectRevision::isShared);
        } catch (RuntimeException closedMeanwhile) {
            return false;
        }
    }

    private void look() {
        boolean others;
        try {
            others = project.read(ProjectRevision::othersChanged);
        } catch (RuntimeException closedOrLost) {
            // closed, or its connection is gone for good (the store does not reconnect): nothing more to watch
            timer.shutdown();
            return;
        }
        if (others) {
            changed.accept(LABEL);
        }
    }

    /** The pause between two looks; {@code -Dglose.serverPollMillis} shortens it for tests. */
    private static long period() {
        try {
            long p = Long.getLong("glose.serverPollMillis", DEFAULT_PERIOD_MILLIS);
            return p > 0 ? p : DEFAULT_PERIOD_MILLIS;
        } catch (SecurityException e) {
            return DEFAULT_PERIOD_MILLIS;
        }
    }
}
