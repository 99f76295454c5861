package org.glose.cli;

import picocli.CommandLine.Command;

@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "The project's snapshots: consistent copies of its database in PROJECT/snapshots/.",
        subcommands = {SnapshotListCommand.class, SnapshotCreateCommand.class, SnapshotRestoreCommand.class})
final class SnapshotCommand extends ParentCommand {
}
