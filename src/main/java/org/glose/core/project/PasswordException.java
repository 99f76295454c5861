package org.glose.core.project;

import java.nio.file.Path;

/**
 * An encrypted project cannot be opened without its password: none was given ({@link #isWrong()} false), or the
 * one given is wrong. The window asks (again); the command line says so and exits with 3.
 */
public class PasswordException extends ProjectProblemException {

    private final transient Path folder;
    private final boolean wrong;

    private PasswordException(String message, Path folder, boolean wrong, Throwable cause) {
        super(message, cause);
        this.folder = folder;
        this.wrong = wrong;
    }

    public static PasswordException required(Path folder) {
        return new PasswordException("The project at " + folder + " is encrypted: its password is needed to open it.",
                folder, false, null);
    }

    public static PasswordException wrong(Path folder, Throwable cause) {
        return new PasswordException("The password is wrong.", folder, true, cause);
    }

    public Path folder() {
        return folder;
    }

    public boolean isWrong() {
        return wrong;
    }
}
