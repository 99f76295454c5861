package org.glose.ui;

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
        tools.show(SNAPSHOTS, "Snapshots", pane, () -> { }, 640, 420);
    }

    /** Puts the project back as it was in a snapshot; the state replaced is kept as a snapshot of its own. */
    void restore(Snapshot snapshot) {
        session.closeAndReopen("Restoring the snapshot " + snapshot.id(), folder -> {
            Snapshots.of(folder).restore(snapshot.id());
            return "Restored the snapshot " + snapshot.id() + "; the state before it is kept as a snapshot.";
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
        tools.show(HISTORY, "History of changes", pane, () -> session.removeChangeListener(onChange), 980, 560);
    }

    void encrypt() {
        OpenProject project = session.project();
        if (project == null || refusedReadOnly(project, "encrypted")) {
            return;
        }
        if (project.isEncrypted()) {
            dialogs.info("Already encrypted", "The project “" + project.name() + "” is already encrypted.");
            return;
        }
        PasswordPane.ask(dialogs.owner(), PasswordPane.Mode.NEW, "Encrypt the project", "Encrypt “" + project.name()
                + "”: its file and snapshots can then be opened only with this password, and its search index "
                + "stays in memory.", null).ifPresent(password -> session.closeAndReopen("Encrypting "
                + project.name(), folder -> {
                    ProjectEncryption.encrypt(folder, password);
                    return "Encrypted " + project.name() + ": it asks for its password when opened.";
                }, password));
    }

    void decrypt() {
        OpenProject project = session.project();
        if (project == null || refusedReadOnly(project, "decrypted")) {
            return;
        }
        if (!project.isEncrypted()) {
            dialogs.info("Not encrypted", "The project “" + project.name() + "” is not encrypted.");
            return;
        }
        PasswordPane.ask(dialogs.owner(), PasswordPane.Mode.OPEN, "Decrypt the project", "Decrypt “"
                + project.name() + "”: anyone with access to its folder can then read it. Type its password.", null)
                .ifPresent(password -> session.closeAndReopen("Decrypting " + project.name(), folder -> {
                    ProjectEncryption.decrypt(folder, password);
                    return "Decrypted " + project.name() + ": it opens without a password.";
                }, password));
    }

    private boolean refusedReadOnly(OpenProject project, String what) {
        if (project.isReadOnly()) {
            dialogs.info("Read-only project", "The project “" + project.name() + "” is open read-only: it cannot be "
                    + what + ". Open it normally first.");
        }
        return project.isReadOnly();
    }
}
