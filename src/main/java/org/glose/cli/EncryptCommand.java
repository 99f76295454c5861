package org.glose.cli;

import java.nio.file.Path;
import org.glose.store.ProjectEncryption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "encrypt", mixinStandardHelpOptions = true,
        description = "Encrypts the closed project, its snapshots and backups with a password (AES); its search "
                + "index is deleted and kept in memory from then on. The password cannot be recovered.")
final class EncryptCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path project;

    @Mixin
    PasswordOption password = new PasswordOption();

    @Override
    public Integer call() {
        char[] secret = PasswordOption.forEncrypting(project, password.file);
        try {
            ProjectEncryption.encrypt(project, secret);
        } finally {
            PasswordOption.clear(secret);
        }
        out().println("Encrypted the project at " + project + ". Keep its password safe: without it the project "
                + "cannot be opened, by anyone.");
        return GloseCli.OK;
    }
}
