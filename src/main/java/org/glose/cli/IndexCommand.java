package org.glose.cli;

import picocli.CommandLine.Command;

@Command(name = "index", mixinStandardHelpOptions = true, description = "The search index.",
        subcommands = IndexRebuildCommand.class)
final class IndexCommand extends ParentCommand {
}
