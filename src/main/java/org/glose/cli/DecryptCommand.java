package org.glose.cli;

import org.glose.core.project.ProjectProblemException;
import org.glose.store.ProjectEncryption;
import org.glose.store.ProjectFolder;
import org.glose.store.ServerUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "decrypt", mixinStandardHelpOptions = true,
        description = "Removes the encryption of the closed project, its snapshots and backups: they are then "
                + "readable by anyone who has the folder.")
final class DecryptCommand extends CliCommand {

    @Mixin
    ProjectFolderArgument folder;

    @Override
    public Integer call() {
        ServerUrl.refuseFolderOnly(folder.path);
        if (!ProjectFolder.isProject(folder.path)) {
            throw new ProjectProblemException("There is no Glose project at " + folder.path + ".");
        }
        char[] secret = PasswordOption.forOpening(folder.path, folder.password.file);
        if (secret == null) {
            throw new org.glose.core.project.InvalidInputException("The project at " + folder.path
                    + " is not encrypted.");
        }
        try {
            ProjectEncryption.decrypt(folder.path, secret);
        } finally {
            PasswordOption.clear(secret);
        }
        out().println("Decrypted the project at " + folder.path + ": its files are now readable without a password.");
        return GloseCli.OK;
    }
}
