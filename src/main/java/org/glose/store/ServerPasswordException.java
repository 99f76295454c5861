package org.glose.store;

import org.glose.core.project.ProjectProblemException;

/**
 * The PostgreSQL server asks for a password that was not given ({@link #isWrong()} false), or refused the one
 * given. The command line then asks on the terminal when it has one; the window asks in its dialog.
 */
public final class ServerPasswordException extends ProjectProblemException {

    private final boolean wrong;

    ServerPasswordException(String message, boolean wrong, Throwable cause) {
        super(message, cause);
        this.wrong = wrong;
    }

    public boolean isWrong() {
        return wrong;
    }
}
