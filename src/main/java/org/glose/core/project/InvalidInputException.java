package org.glose.core.project;

/** Input the user can fix (a duplicate name, a range outside the text...); the message is one clear sentence. */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
