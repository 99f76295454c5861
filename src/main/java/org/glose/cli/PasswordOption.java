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
import org.glose.core.project.ProjectStore;
import org.glose.store.H2ProjectStore;
import org.glose.store.ProjectFolder;
import org.glose.store.ProjectStores;
import org.glose.store.ServerPasswordException;
import org.glose.store.ServerUrl;
import picocli.CommandLine.Option;

/**
 * {@code --password-file F} on every command that opens a project: the password of an encrypted project is the
 * first line of F. Without it, the password is asked on the terminal (never echoed); without a terminal the
 * command stops with exit 3. The password is kept in a char array, cleared after use, and never stored.
 */
final class PasswordOption {

    /** The environment variable that may hold the password of a PostgreSQL role (docs/team-server.md). */
    static final String SERVER_PASSWORD = "GLOSE_DB_PASSWORD";

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
        ServerUrl.refuseFolderOnly(folder);
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

    /**
     * Opens PROJECT: a folder (with {@code secret}, its password when encrypted), or a team project at a
     * jdbc:postgresql:// URL, whose password is the URL's own, else the file's first line, else GLOSE_DB_PASSWORD,
     * else none; asked on the terminal only when the server wants one that was not given.
     */
    static ProjectStore openStore(Path location, Path file, char[] secret) {
        if (!ServerUrl.isServer(location)) {
            return H2ProjectStore.open(location, secret);
        }
        char[] password = serverPassword(file);
        try {
            return ProjectStores.open(location, password);
        } catch (ServerPasswordException e) {
            Console console = System.console();
            if (e.isWrong() || password != null || console == null) {
                throw new ProjectProblemException(e.getMessage() + (e.isWrong() ? "" : " Give it with the "
                        + SERVER_PASSWORD + " environment variable or --password-file F."), e);
            }
            char[] asked = console.readPassword("Password for %s: ", ServerUrl.of(location));
            try {
                return ProjectStores.open(location, asked);
            } finally {
                clear(asked);
            }
        } finally {
            clear(password);
        }
    }

    /** The password of a server's role given without a prompt: from {@code file}, else GLOSE_DB_PASSWORD, else null. */
    static char[] serverPassword(Path file) {
        if (file != null) {
            return read(file);
        }
        String env = System.getenv(SERVER_PASSWORD);
        return env == null || env.isEmpty() ? null : env.toCharArray();
    }

    static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
