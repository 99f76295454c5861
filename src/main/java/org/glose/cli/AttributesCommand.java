package org.glose.cli;

import picocli.CommandLine.Command;

@Command(name = "attributes", mixinStandardHelpOptions = true, description = "Case attributes.",
        subcommands = {AttributesListCommand.class, AttributesAddCommand.class, AttributesSetTypeCommand.class,
                AttributesSetCommand.class, AttributesImportCommand.class})
final class AttributesCommand extends ParentCommand {
}
