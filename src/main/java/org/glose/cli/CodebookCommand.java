package org.glose.cli;

import picocli.CommandLine.Command;

@Command(name = "codebook", mixinStandardHelpOptions = true, description = "Codebook files.",
        subcommands = {CodebookImportCommand.class, CodebookExportCommand.class})
final class CodebookCommand extends ParentCommand {
}
