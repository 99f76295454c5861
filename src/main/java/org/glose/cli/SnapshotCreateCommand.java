package org.glose.cli;

import org.glose.store.H2ProjectStore;
import org.glose.store.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Takes a snapshot of the project now (kept until deleted by hand).")
final class SnapshotCreateCommand extends CliCommand {

    @Mixin
    ProjectFolderArgument folder;

    @Override
    public Integer call() {
        char[] secret = PasswordOption.forOpening(folder.path, folder.password.file);
        try (H2ProjectStore store = H2ProjectStore.open(folder.path, secret)) {
            Snapshot s = store.takeSnapshot(Snapshot.Kind.MANUAL);
            out().println("Took the snapshot " + s.id() + " (" + SnapshotListCommand.size(s.size()) + ").");
        } finally {
            PasswordOption.clear(secret);
        }
        return GloseCli.OK;
    }
}
