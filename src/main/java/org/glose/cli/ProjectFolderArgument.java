package org.glose.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * PROJECT as a project folder, and its password if encrypted: for the commands that work on the closed folder's
 * files (encrypt, decrypt, snapshot create) rather than on an open project.
 */
final class ProjectFolderArgument {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path path;

    @Mixin
    PasswordOption password = new PasswordOption();
}
