package org.glose.ui.analysis;

import java.util.concurrent.CompletionException;
import javafx.application.Platform;

/** FX-thread helpers for the analysis panes. */
final class Fx {

    private Fx() {
    }

    /** Runs on the FX thread: now when already there, later otherwise (task runners complete on either). */
    static void later(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /** The one sentence to show for a failed task. */
    static String message(Throwable error) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
    }
}
