package org.glose.cli;

import java.nio.file.Path;
import org.glose.store.H2ProjectStore;
import org.glose.store.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Takes a snapshot of the project now (kept until deleted by hand).")
final class SnapshotCreateCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path project;

    @Mixin
    PasswordOption password = new PasswordOption();

    @Override
    public Integer call() {
        char[] secret = PasswordOption.forOpening(project, password.file);
        try (H2ProjectStore store = H2ProjectStore.open(project, secret)) {
            Snapshot s = store.takeSnapshot(Snapshot.Kind.MANUAL);
            out().println("Took the snapshot " + s.id() + " (" + SnapshotListCommand.size(s.size()) + ").");
        } finally {
            PasswordOption.clear(secret);
        }
        return GloseCli.OK;
    }
}
