package org.glose.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.glose.store.Snapshot;
import org.glose.store.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Restores a snapshot into the closed project. It does not open the database (which may be damaged) and needs
 * no password: the snapshot is encrypted like the project was.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Puts the project back as it was in snapshot ID; the replaced state is kept as a "
                + "before-restore snapshot (restore that one to undo).")
final class SnapshotRestoreCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path project;

    @Parameters(index = "1", paramLabel = "ID", description = "The snapshot's id, or the start of it.")
    String id;

    @Override
    public Integer call() {
        Snapshots snapshots = Snapshots.of(project);
        Snapshot chosen = snapshots.find(id);
        Optional<Snapshot> before = snapshots.restore(chosen.id());
        out().println("Restored the snapshot " + chosen.id() + " into " + project + "."
                + before.map(b -> " The project as it was is kept as the snapshot " + b.id() + ".").orElse(""));
        return GloseCli.OK;
    }
}
