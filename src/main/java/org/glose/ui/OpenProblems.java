package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.glose.core.project.PasswordException;
import org.glose.core.project.ProjectDamagedException;
import org.glose.core.project.ProjectLockedException;
import org.glose.store.Snapshot;
import org.glose.store.Snapshots;
import org.glose.ui.safety.PasswordPane;
import org.glose.ui.safety.ProjectRecoveryPane;
import org.glose.ui.work.PaneWork;

/**
 * What the window does when a project cannot be opened (issue 9): an encrypted one asks for its password (again
 * after a wrong one); one open in another program says who holds it and offers a read-only copy of its last
 * snapshot; a damaged one offers to restore its last snapshot. Anything else is one error sentence.
 */
final class OpenProblems implements ProjectSession.OpenFailureHandler {

    private final ProjectSession session;
    private final Dialogs dialogs;

    OpenProblems(ProjectSession session, Dialogs dialogs) {
        this.session = session;
        this.dialogs = dialogs;
    }

    /** The folder of a project that could not be opened, when the failure says which. */
    static Optional<Path> folderOf(Throwable failure) {
        Throwable f = unwrapped(failure);
        if (f instanceof PasswordException e) {
            return Optional.of(e.folder());
        } else if (f instanceof ProjectLockedException e) {
            return Optional.of(e.folder());
        } else if (f instanceof ProjectDamagedException e) {
            return Optional.of(e.folder());
        }
        return Optional.empty();
    }

    @Override
    public void failed(Throwable failure, Consumer<char[]> retry) {
        Throwable f = unwrapped(failure);
        if (retry == null) {
            dialogs.error(f);
        } else if (f instanceof PasswordException e) {
            PasswordPane.ask(dialogs.owner(), PasswordPane.Mode.OPEN, t("open.encrypted.title"),
                    t("open.encrypted", e.folder().getFileName()),
                    e.isWrong() ? t("open.encrypted.wrong") : null).ifPresent(retry);
        } else if (f instanceof ProjectLockedException e) {
            withLastSnapshot(e.folder(), last -> offer(t("open.locked.title"), close ->
                    ProjectRecoveryPane.locked(e, last, () -> {
                        close.run();
                        session.openSnapshotCopy(e.folder(), last.orElseThrow().id(), null);
                    }, close)));
        } else if (f instanceof ProjectDamagedException e) {
            withLastSnapshot(e.folder(), last -> offer(t("open.damaged.title"), close ->
                    ProjectRecoveryPane.damaged(e, last, () -> {
                        close.run();
                        restore(e.folder(), last.orElseThrow());
                    }, close)));
        } else {
            dialogs.error(f);
        }
    }

    private void withLastSnapshot(Path folder, Consumer<Optional<Snapshot>> then) {
        session.runner().executor().execute(() -> {
            Optional<Snapshot> last;
            try {
                last = Snapshots.of(folder).latest();
            } catch (RuntimeException e) {
                last = Optional.empty(); // no snapshot to offer: the problem itself is still shown
            }
            Optional<Snapshot> found = last;
            Platform.runLater(() -> then.accept(found));
        });
    }

    private void offer(String title, Function<Runnable, ProjectRecoveryPane> pane) {
        Stage stage = new Stage();
        stage.initOwner(dialogs.owner());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(t("open.windowTitle", title));
        ProjectRecoveryPane content = pane.apply(stage::close);
        content.setId("project-recovery");
        stage.setScene(new Scene(content));
        stage.show();
    }

    private void restore(Path folder, Snapshot snapshot) {
        session.runner().editVisible(PaneWork.task(t("open.restoring", snapshot.id()), () ->
                Snapshots.of(folder).restore(snapshot.id())), before -> {
            session.open(folder);
            session.announce(t("open.restored", snapshot.id()));
        }, dialogs::error);
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable f = failure;
        while (f instanceof CompletionException && f.getCause() != null) {
            f = f.getCause();
        }
        return f;
    }
}
