package org.glose.cli;

import picocli.CommandLine.Command;

@Command(name = "case", mixinStandardHelpOptions = true, description = "Cases and their documents.",
        subcommands = CaseAssignCommand.class)
final class CaseCommand extends ParentCommand {
}
