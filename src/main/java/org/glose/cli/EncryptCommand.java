package org.glose.cli;

import org.glose.store.ProjectEncryption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "encrypt", mixinStandardHelpOptions = true,
        description = "Encrypts the closed project, its snapshots and backups with a password (AES); its search "
                + "index is deleted and kept in memory from then on. The password cannot be recovered.")
final class EncryptCommand extends CliCommand {

    @Mixin
    ProjectFolderArgument folder;

    @Override
    public Integer call() {
        char[] secret = PasswordOption.forEncrypting(folder.path, folder.password.file);
        try {
            ProjectEncryption.encrypt(folder.path, secret);
        } finally {
            PasswordOption.clear(secret);
        }
        out().println("Encrypted the project at " + folder.path + ". Keep its password safe: without it the project "
                + "cannot be opened, by anyone.");
        return GloseCli.OK;
    }
}
