package org.glose.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.ProjectProblemException;
import org.glose.store.ProjectFolder;
import picocli.CommandLine.Option;

/**
 * {@code --password-file F} on every command that opens a project: the password of an encrypted project is the
 * first line of F. Without it, the password is asked on the terminal (never echoed); without a terminal the
 * command stops with exit 3. The password is kept in a char array, cleared after use, and never stored.
 */
final class PasswordOption {

    @Option(names = "--password-file", paramLabel = "F",
            description = "For an encrypted project: a file whose first line is the password (else it is asked).")
    Path file;

    /** The password to open {@code folder} with: null for a project in clear. */
    static char[] forOpening(Path folder, Path file) {
        if (!ProjectFolder.isProject(folder) || !ProjectFolder.isEncrypted(folder)) {
            return null;
        }
        if (file != null) {
            return read(file);
        }
        Console console = System.console();
        if (console == null) {
            throw new ProjectProblemException("The project at " + folder + " is encrypted: give its password with "
                    + "--password-file F (there is no terminal to ask it on).");
        }
        char[] password = console.readPassword("Password of the project %s: ", folder);
        if (password == null || password.length == 0) {
            throw new InvalidInputException("The password is empty.");
        }
        return password;
    }

    /** A new password (encrypt): from the file, or asked twice on the terminal. */
    static char[] forEncrypting(Path folder, Path file) {
        if (file != null) {
            return read(file);
        }
        Console console = System.console();
        if (console == null) {
            throw new InvalidInputException("Give the new password with --password-file F (there is no terminal to "
                    + "ask it on).");
        }
        char[] first = console.readPassword("New password for %s: ", folder);
        char[] again = console.readPassword("The same password again: ");
        try {
            if (first == null || first.length == 0) {
                throw new InvalidInputException("The password is empty.");
            }
            if (!Arrays.equals(first, again)) {
                throw new InvalidInputException("The two passwords differ; nothing was changed.");
            }
            return first.clone();
        } finally {
            clear(first);
            clear(again);
        }
    }

    /** The first line of the file, without its line end. */
    static char[] read(Path file) {
        byte[] bytes = null;
        CharBuffer chars = null;
        try {
            bytes = Files.readAllBytes(file);
            chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            if (end == 0) {
                throw new InvalidInputException("The password file " + file + " is empty.");
            }
            char[] password = new char[end];
            chars.get(password, 0, end);
            return password;
        } catch (IOException e) {
            throw new InvalidInputException("The password file " + file + " cannot be read.", e);
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }

    static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
