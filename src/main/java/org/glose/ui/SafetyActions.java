package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.util.function.Consumer;
import org.glose.core.project.OpenProject;
import org.glose.store.ProjectEncryption;
import org.glose.store.Snapshot;
import org.glose.store.Snapshots;
import org.glose.ui.safety.HistoryPane;
import org.glose.ui.safety.PasswordPane;
import org.glose.ui.safety.SnapshotsPane;

/**
 * The Project menu's safety entries (issue 9): snapshots (list, take, restore), the history of changes,
 * encrypting and decrypting the project. Restoring, encrypting and decrypting close
 * the project, change its folder and open it again, all off the FX thread.
 */
final class SafetyActions {

    static final String SNAPSHOTS = "snapshots";
    static final String HISTORY = "history";

    private final ProjectSession session;
    private final ToolWindows tools;
    private final Dialogs dialogs;

    SafetyActions(ProjectSession session, ToolWindows tools, Dialogs dialogs) {
        this.session = session;
        this.tools = tools;
        this.dialogs = dialogs;
    }

    void snapshots() {
        OpenProject project = session.project();
        if (project == null || tools.raise(SNAPSHOTS)) {
            return;
        }
        SnapshotsPane pane = new SnapshotsPane(Snapshots.of(project.location()), session.runner().executor(),
                project.isReadOnly() ? null : () -> project.snapshot(false), this::restore);
        tools.show(SNAPSHOTS, t("toolWindow.snapshots"), pane, () -> { }, 640, 420);
    }

    /** Puts the project back as it was in a snapshot; the state replaced is kept as a snapshot of its own. */
    void restore(Snapshot snapshot) {
        if (session.refusedReadOnly()) {
            return; // a project open read-only is not put back: open it normally to restore a snapshot
        }
        session.closeAndReopen(t("open.restoring", snapshot.id()), folder -> {
            Snapshots.of(folder).restore(snapshot.id());
            return t("restore.done", snapshot.id());
        }, null);
    }

    void history() {
        OpenProject project = session.project();
        if (project == null || tools.raise(HISTORY)) {
            return;
        }
        HistoryPane pane = new HistoryPane(project, session.runner().executor());
        Consumer<String> onChange = label -> pane.refresh();
        session.addChangeListener(onChange);
        tools.show(HISTORY, t("toolWindow.history"), pane, () -> session.removeChangeListener(onChange), 980, 560);
    }

    void encrypt() {
        OpenProject project = session.project();
        if (project == null || refusedReadOnly(project, t("encryption.readOnly.encrypt", project.name()))) {
            return;
        }
        if (project.isEncrypted()) {
            dialogs.info(t("encryption.already.title"), t("encryption.already", project.name()));
            return;
        }
        PasswordPane.ask(dialogs.owner(), PasswordPane.Mode.NEW, t("encryption.encrypt.title"),
                t("encryption.encrypt", project.name()), null).ifPresent(password -> session.closeAndReopen(
                t("encryption.encrypting", project.name()), folder -> {
                    ProjectEncryption.encrypt(folder, password);
                    return t("encryption.encrypted", project.name());
                }, password));
    }

    void decrypt() {
        OpenProject project = session.project();
        if (project == null || refusedReadOnly(project, t("encryption.readOnly.decrypt", project.name()))) {
            return;
        }
        if (!project.isEncrypted()) {
            dialogs.info(t("encryption.not.title"), t("encryption.not", project.name()));
            return;
        }
        PasswordPane.ask(dialogs.owner(), PasswordPane.Mode.OPEN, t("encryption.decrypt.title"),
                t("encryption.decrypt", project.name()), null)
                .ifPresent(password -> session.closeAndReopen(t("encryption.decrypting", project.name()), folder -> {
                    ProjectEncryption.decrypt(folder, password);
                    return t("encryption.decrypted", project.name());
                }, password));
    }

    /** @param refusal the sentence saying that the project cannot be changed so while it is open read-only */
    private boolean refusedReadOnly(OpenProject project, String refusal) {
        if (project.isReadOnly()) {
            dialogs.info(t("encryption.readOnly.title"), refusal);
        }
        return project.isReadOnly();
    }
}
