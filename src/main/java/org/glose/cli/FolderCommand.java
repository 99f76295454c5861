package org.glose.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * A subcommand on the project PROJECT (a folder, which may be encrypted, or a team project's URL), which it opens
 * itself: {@link ProjectCommand} for most, or a command that must close the project before going on.
 */
abstract class FolderCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder, or a team project's "
            + "jdbc:postgresql://host[:port]/database URL.")
    Path project;

    @Mixin
    PasswordOption password = new PasswordOption();
}
