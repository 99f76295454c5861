package org.glose.ui.edit;

import java.util.function.Consumer;
import java.util.function.Function;
import org.glose.core.project.Command;
import org.glose.core.project.OpenProject;
import org.glose.core.project.Tx;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;

/**
 * What the workbench's panes (codebook editing, retrieval, cases, memos) need from the window's project session:
 * commands, reads and long work off the FX thread with results on it, a sentence for the status bar, and word
 * of changes and project switches. The window adapts its session to it, so that these panes do not depend on the
 * window's package (no package cycles).
 */
public interface WorkbenchSession {

    /** Work on the open project, off the FX thread. */
    @FunctionalInterface
    interface Work<T> {
        T run(OpenProject project, Progress progress, Cancellation cancellation) throws Exception;
    }

    boolean hasProject();

    <T> void execute(Command<T> command, Consumer<? super T> onDone);

    <T> void read(Function<Tx, T> query, Consumer<? super T> onResult);

    /** Long work with progress and a cancel button in the status bar. */
    <T> void runLong(String title, Work<T> work, Consumer<? super T> onResult);

    void announce(String sentence);

    /** Called on the FX thread after each committed change. */
    void onChange(Consumer<String> listener);

    /** Called on the FX thread when another project is opened (or the project closed). */
    void onProjectSwitch(Runnable listener);

    /** The name codings and memos are saved under (throws InvalidInputException when invalid). */
    String coder();
}
