package org.glose.core.project;

/** The project itself cannot be used: missing, locked by another program, from a newer Glose, damaged. */
public class ProjectProblemException extends RuntimeException {

    public ProjectProblemException(String message) {
        super(message);
    }

    public ProjectProblemException(String message, Throwable cause) {
        super(message, cause);
    }
}
