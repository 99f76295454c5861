package org.glose.cli;

import picocli.CommandLine.Command;

@Command(name = "attributes", mixinStandardHelpOptions = true, description = "Case attributes.",
        subcommands = AttributesImportCommand.class)
final class AttributesCommand extends ParentCommand {
}
