package org.glose.store;

/** A database failure the user cannot fix by changing their input; carries the statement for the log. */
public final class StoreException extends RuntimeException {

    StoreException(String sql, java.sql.SQLException cause) {
        super("The project database failed: " + cause.getMessage() + " [" + sql + "]", cause);
    }
}
