package org.glose.cli;

import java.nio.file.Path;
import org.glose.core.project.ProjectProblemException;
import org.glose.store.ProjectEncryption;
import org.glose.store.ProjectFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "decrypt", mixinStandardHelpOptions = true,
        description = "Removes the encryption of the closed project, its snapshots and backups: they are then "
                + "readable by anyone who has the folder.")
final class DecryptCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path project;

    @Mixin
    PasswordOption password = new PasswordOption();

    @Override
    public Integer call() {
        if (!ProjectFolder.isProject(project)) {
            throw new ProjectProblemException("There is no Glose project at " + project + ".");
        }
        char[] secret = PasswordOption.forOpening(project, password.file);
        if (secret == null) {
            throw new org.glose.core.project.InvalidInputException("The project at " + project + " is not encrypted.");
        }
        try {
            ProjectEncryption.decrypt(project, secret);
        } finally {
            PasswordOption.clear(secret);
        }
        out().println("Decrypted the project at " + project + ": its files are now readable without a password.");
        return GloseCli.OK;
    }
}
