package org.glose.ui.work;

import static org.glose.ui.i18n.I18n.t;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.ProjectProblemException;
import org.glose.core.task.Cancellation;
import org.glose.core.task.GloseTask;
import org.glose.core.task.Progress;
import org.glose.core.task.TaskRunner;

/**
 * How a pane does its project work: through the window's task runner, off the FX thread, with the result (or
 * the failure, as one sentence) delivered back on the FX thread. Shared by the search, agreement, merge and
 * review panes.
 */
public final class PaneWork {

    /** Set on a status line while it shows an error (the stylesheets colour it). */
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final TaskRunner runner;
    private final Consumer<Throwable> onError;

    public PaneWork(TaskRunner runner, Consumer<Throwable> onError) {
        this.runner = runner;
        this.onError = onError;
    }

    /** Work whose failures show on {@code status}. */
    public static PaneWork reportingOn(TaskRunner runner, Label status) {
        return new PaneWork(runner, error -> showError(status, error));
    }

    public <T> void run(String title, Callable<T> work, Consumer<T> done) {
        runner.submit(task(title, work), Progress.NONE, new Cancellation())
                .whenComplete((value, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        onError.accept(unwrapped(error));
                    } else {
                        done.accept(value);
                    }
                }));
    }

    /** A task without progress made of plain work. */
    public static <T> GloseTask<T> task(String title, Callable<T> work) {
        return new GloseTask<>() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public T run(Progress progress, Cancellation cancellation) throws Exception {
                return work.call();
            }
        };
    }

    /** Shows a failure on a status line, marked as an error. */
    public static void showError(Label status, Throwable error) {
        status.pseudoClassStateChanged(ERROR, true);
        status.setText(sentence(error));
    }

    /** Shows a sentence on a status line, no longer marked as an error. */
    public static void say(Label status, String sentence) {
        status.pseudoClassStateChanged(ERROR, false);
        status.setText(sentence);
    }

    /** The message of errors users can act on; "Failed: …" for the others. */
    public static String sentence(Throwable error) {
        Throwable e = unwrapped(error);
        return e instanceof InvalidInputException || e instanceof ProjectProblemException ? e.getMessage()
                : t("work.failed", e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse(""));
    }

    private static Throwable unwrapped(Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
