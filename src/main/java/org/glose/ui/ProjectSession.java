package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.glose.core.coding.Coders;
import org.glose.core.project.Command;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.project.Tx;
import org.glose.core.task.Cancellation;
import org.glose.core.task.GloseTask;
import org.glose.core.task.Progress;
import org.glose.core.task.TaskCancelledException;
import org.glose.store.ServerUrl;
import org.glose.ui.work.PaneWork;

/**
 * The project the window shows, the current coder, and the way views reach the project: reads on the pool,
 * commands, undo and redo on the editing thread, results and change notifications on the FX thread. Results
 * that arrive after the project was replaced are dropped.
 */
public final class ProjectSession {

    /** Work on the open project, off the FX thread. */
    @FunctionalInterface
    public interface ProjectWork<T> {
        T run(OpenProject project, Progress progress, Cancellation cancellation) throws Exception;
    }

    /** What the window does when a project cannot be opened. */
    @FunctionalInterface
    public interface OpenFailureHandler {
        /** @param retry opens the same way again, with a password (on the FX thread); null when there is no retry */
        void failed(Throwable failure, Consumer<char[]> retry);
    }

    /** Opens a project with a password (null when none was given). */
    @FunctionalInterface
    private interface Opening {
        OpenProject open(char[] password);
    }

    /** Work on a closed project's folder; returns the sentence to announce once the project is open again. */
    @FunctionalInterface
    public interface Offline {
        String run(Path folder);
    }

    private final FxTaskRunner runner;
    private final ProjectOpener opener;
    private volatile ProjectResources resources;
    private final javafx.collections.ObservableList<Path> recent = javafx.collections.FXCollections
            .observableArrayList();
    private OpenFailureHandler openFailures = (failure, retry) -> failure.printStackTrace();
    private final ReadOnlyObjectWrapper<OpenProject> project = new ReadOnlyObjectWrapper<>();
    private volatile OpenProject current;
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    private final BooleanBinding cannotChange = project.isNull().or(readOnly);
    private final StringProperty coder = new SimpleStringProperty(Coders.DEFAULT);
    private final ReadOnlyStringWrapper lastAction = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final List<Consumer<String>> changeListeners = new CopyOnWriteArrayList<>();
    private final Consumer<String> projectListener = this::changedOffFx;

    public ProjectSession(FxTaskRunner runner, ProjectOpener opener) {
        this.runner = runner;
        this.opener = opener;
        coder.addListener((o, was, now) -> {
            OpenProject p = project.get();
            if (p != null && now != null && now.strip().length() <= 200) {
                p.setActor(coder());
            }
        });
    }

    public FxTaskRunner runner() {
        return runner;
    }

    public ReadOnlyObjectProperty<OpenProject> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public OpenProject project() {
        return project.get();
    }

    /**
     * True while the open project is read-only (File ▸ Open read-only…, a copy of a snapshot), as its store
     * says; false with no project. Set before {@link #projectProperty()} changes, so its listeners see it.
     */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public boolean isReadOnly() {
        return readOnly.get();
    }

    /** True when nothing can be changed: no project, or a read-only one. What editing controls are disabled by. */
    public BooleanBinding cannotChange() {
        return cannotChange;
    }

    /**
     * On a read-only project, says so in the status bar and returns true: the caller then changes nothing. Every
     * editing action checks it (keys, drops and buttons as well as menu items), and so does every change the
     * session is asked to run.
     */
    public boolean refusedReadOnly() {
        if (readOnly.get()) {
            lastAction.set(t("readOnly.refused"));
        }
        return readOnly.get();
    }

    /** The name coded passages are saved under; blank means the default coder. */
    public StringProperty coderProperty() {
        return coder;
    }

    public String coder() {
        return Coders.valid(coder.get());
    }

    /** A sentence about the last thing done ("Undone: …"), for the status bar. */
    public ReadOnlyStringProperty lastActionProperty() {
        return lastAction.getReadOnlyProperty();
    }

    public void announce(String sentence) {
        lastAction.set(sentence);
    }

    /** Bumped on the FX thread after every committed change and every project switch. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Called on the FX thread, with the action's label, after each change committed to the current project. */
    public void addChangeListener(Consumer<String> listener) {
        changeListeners.add(listener);
    }

    public void removeChangeListener(Consumer<String> listener) {
        changeListeners.remove(listener);
    }

    public Optional<String> nextUndo() {
        OpenProject p = project.get();
        return p == null ? Optional.empty() : p.history().nextUndo();
    }

    public Optional<String> nextRedo() {
        OpenProject p = project.get();
        return p == null ? Optional.empty() : p.history().nextRedo();
    }

    /** Reads from the current project on the pool; {@code onResult} runs on the FX thread. */
    public <T> void read(Function<Tx, T> query, Consumer<? super T> onResult) {
        submit(t("session.reading"), (p, progress, cancel) -> p.read(query), onResult, false, false);
    }

    /** Runs one command (one transaction, durable on return, one undo entry) on the editing thread. */
    public <T> void execute(Command<T> command, Consumer<? super T> onDone) {
        submit(command.label(), (p, progress, cancel) -> p.execute(command), value -> {
            lastAction.set(t("session.done", command.label()));
            onDone.accept(value);
        }, true, false);
    }

    public void undo() {
        submit(t("session.undo"), (p, progress, cancel) -> p.undo(),
                label -> lastAction.set(label.map(l -> t("session.undone", l)).orElse(t("session.nothingToUndo"))),
                true, false);
    }

    public void redo() {
        submit(t("session.redo"), (p, progress, cancel) -> p.redo(),
                label -> lastAction.set(label.map(l -> t("session.redone", l)).orElse(t("session.nothingToRedo"))),
                true, false);
    }

    /** A long job on the current project (an import), with progress and a cancel button in the status bar. */
    public <T> void runLong(String title, ProjectWork<T> work, Consumer<? super T> onResult) {
        submit(title, work, onResult, false, true);
    }

    /** A change on the editing thread, made of more than one command or of file reading plus a command. */
    public <T> void edit(String title, ProjectWork<T> work, Consumer<? super T> onResult) {
        submit(title, work, onResult, true, false);
    }

    private <T> void submit(String title, ProjectWork<T> work, Consumer<? super T> onResult, boolean editing,
                            boolean visible) {
        OpenProject p = project.get();
        if (p == null || editing && refusedReadOnly()) {
            return;
        }
        GloseTask<T> task = new GloseTask<>() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public T run(Progress progress, Cancellation cancellation) throws Exception {
                try {
                    return work.run(p, progress, cancellation);
                } catch (RuntimeException e) {
                    if (current != p) {
                        throw new TaskCancelledException(); // the project was closed meanwhile: nothing to report
                    }
                    throw e;
                }
            }
        };
        Consumer<T> guarded = value -> {
            if (project.get() == p) {
                onResult.accept(value);
            }
        };
        if (editing) {
            runner.edit(task, guarded);
        } else if (visible) {
            runner.runVisible(task, guarded);
        } else {
            runner.run(task, guarded);
        }
    }

    /** Opens the project of the last session (or the sample project on a first launch). */
    public void openStartupProject() {
        switchWith(t("session.opening"), () -> {
            OpenProject opened = opener.startup();
            opener.remember(opened.location());
            return opened;
        }, failure -> openFailures.failed(failure,
                password -> OpenProblems.folderOf(failure).ifPresent(folder -> open(folder, password))));
    }

    public void open(Path folder) {
        open(folder, null);
    }

    /** Opens a project, with the password of an encrypted one (null until the project asks for it). */
    public void open(Path folder, char[] password) {
        if (isOpen(folder)) {
            return;
        }
        opening(t("session.openingFolder", shown(folder)), pw -> {
            OpenProject opened = opener.open(folder, pw);
            opener.remember(folder);
            return opened;
        }, password);
    }

    /** A project's name in a progress title: a team project's URL without its password. */
    private static String shown(Path folder) {
        return ServerUrl.isServer(folder) ? ServerUrl.of(folder).forDisplay()
                : String.valueOf(folder.getFileName());
    }

    /** Opens a project read-only (supervisor review): every change is refused, nothing is written to it. */
    public void openReadOnly(Path folder, char[] password) {
        if (isOpen(folder)) {
            return;
        }
        opening(t("session.openingReadOnly", shown(folder)), pw -> opener.openReadOnly(folder, pw), password);
    }

    /** Opens a read-only copy of one of a project's snapshots (the project being open in another program). */
    public void openSnapshotCopy(Path folder, String snapshotId, char[] password) {
        opening(t("session.openingSnapshot", snapshotId), pw -> opener.openSnapshotCopy(folder, snapshotId, pw),
                password);
    }

    private boolean isOpen(Path folder) {
        OpenProject p = project.get();
        if (p != null && p.location().toAbsolutePath().normalize().equals(folder.toAbsolutePath().normalize())) {
            lastAction.set(t("session.alreadyOpen"));
            return true;
        }
        return false;
    }

    /** Opens with a password; when that fails, the failure handler may try again with another one. */
    private void opening(String title, Opening how, char[] password) {
        switchWith(title, () -> how.open(password),
                failure -> openFailures.failed(failure, pw -> opening(title, how, pw)));
    }

    public void create(Path folder, String name) {
        switchWith(t("session.creating", name), () -> {
            refuseFilledFolder(folder);
            OpenProject created = opener.create(folder, name);
            opener.remember(folder);
            return created;
        }, failure -> openFailures.failed(failure, null));
    }

    private static void refuseFilledFolder(Path folder) {
        try (var entries = java.nio.file.Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new InvalidInputException(t("session.folderNotEmpty", folder));
            }
        } catch (java.nio.file.NoSuchFileException | java.nio.file.NotDirectoryException e) {
            // a new folder, created by the store (a file of that name makes the store refuse)
        } catch (java.io.IOException e) {
            throw new InvalidInputException(t("session.folderUnreadable", folder, e.getMessage()), e);
        }
    }

    private void switchWith(String title, java.util.function.Supplier<OpenProject> how,
                            Consumer<Throwable> onFailure) {
        runner.editVisible(PaneWork.task(title, how::get), this::switchTo, onFailure);
    }

    /**
     * Closes the project, does {@code offline} to its closed folder (encrypt it, restore a snapshot) and opens it
     * again with {@code password}. When {@code offline} fails, the project is opened again as it was and the
     * failure is reported; the sentence it returns is announced otherwise.
     */
    public void closeAndReopen(String title, Offline offline, char[] password) {
        OpenProject old = project.get();
        if (old == null) {
            return;
        }
        ProjectResources oldResources = detach(old);
        current = null;
        readOnly.set(false);
        project.set(null);
        revision.set(revision.get() + 1);
        Path folder = old.location();
        runner.editVisible(PaneWork.task(title, () -> {
            oldResources.close();
            old.close();
            try {
                return offline.run(folder);
            } catch (RuntimeException e) {
                return e;
            }
        }), outcome -> {
            if (outcome instanceof RuntimeException e) {
                openFailures.failed(e, null); // reported as it is: the project opens again below
            }
            open(folder, password);
            if (outcome instanceof String sentence) {
                lastAction.set(sentence);
            }
        }, failure -> openFailures.failed(failure, null));
    }

    /** The projects opened last, newest first; changed on the FX thread after each opening. */
    public javafx.collections.ObservableList<Path> recentProjects() {
        return javafx.collections.FXCollections.unmodifiableObservableList(recent);
    }

    private void switchTo(OpenProject next) {
        OpenProject old = project.get();
        ProjectResources oldResources = old == null ? null : detach(old);
        next.addChangeListener(projectListener);
        ServerChangeWatch.follow(next, projectListener); // a team project: other coders' changes reload the views
        next.setActor(coder());
        current = next;
        resources = new ProjectResources(next, failure -> Platform.runLater(() ->
                lastAction.set(t("session.snapshotFailed", failure.getMessage()))));
        readOnly.set(next.isReadOnly());
        project.set(next);
        lastAction.set(next.isReadOnly() ? t("session.openedReadOnly", next.name()) : t("session.opened", next.name()));
        revision.set(revision.get() + 1);
        if (old != null) {
            runner.edit(closing(old, oldResources), ignored -> { });
        }
        runner.run(PaneWork.task(t("session.readingRecent"), opener::recent), recent::setAll);
    }

    /** Stops following a project and hands back its resources, to be closed before it. */
    private ProjectResources detach(OpenProject old) {
        old.removeChangeListener(projectListener);
        ProjectResources was = resources;
        resources = null;
        return was;
    }

    private static GloseTask<Void> closing(OpenProject old, ProjectResources oldResources) {
        return PaneWork.task(t("session.closing", old.name()), () -> {
            oldResources.close();
            old.close();
            return null;
        });
    }

    private void changedOffFx(String label) {
        OpenProject source = current;
        Platform.runLater(() -> {
            if (project.get() != source) {
                return;
            }
            revision.set(revision.get() + 1);
            changeListeners.forEach(l -> l.accept(label));
        });
    }

    /** Closes the project at exit, after the runner has finished the changes asked before. */
    public void closeNow() {
        OpenProject p = project.get();
        current = null;
        if (p != null) {
            ProjectResources was = detach(p);
            readOnly.set(false);
            project.set(null);
            was.close();
            p.close();
        }
    }

    /** The open project's search index, opened on first use; call off the FX thread. */
    public org.glose.core.search.SearchIndex searchIndex(OpenProject of) {
        ProjectResources r = resources;
        if (of != current || r == null) {
            throw new TaskCancelledException(); // the project was closed meanwhile
        }
        return r.searchIndex();
    }

    /** Who hears why a project could not be opened (the window: it asks a password, offers a snapshot). */
    public void setOpenFailureHandler(OpenFailureHandler handler) {
        this.openFailures = java.util.Objects.requireNonNull(handler);
    }
}
