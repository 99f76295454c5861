package org.glose.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * What differs between the databases a project can live in. The migrations take the column types as
 * placeholders; the few statements that differ are here, so the repositories stay in one SQL.
 */
enum Dialect {
    H2(Map.of("text", "CLOB", "binary", "BLOB", "stored", "")),
    POSTGRESQL(Map.of("text", "TEXT", "binary", "BYTEA", "stored", "STORED"));

    private final Map<String, String> placeholders;

    Dialect(Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    Map<String, String> placeholders() {
        return placeholders;
    }

    static Dialect of(Connection connection) {
        try {
            return connection.getMetaData().getURL().startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
        } catch (SQLException e) {
            throw new StoreException("reading the connection's URL", e);
        }
    }

    /**
     * True when SQL's SUBSTRING counts UTF-16 units like Java (H2); PostgreSQL counts code points, so offsets are
     * applied to the text in Java there.
     */
    boolean substringCountsUtf16() {
        return this == H2;
    }

    /** Makes the next generated id of {@code table} follow its highest one (after rows were copied with ids). */
    String restartIdentity(String table, long next) {
        return this == H2
                ? "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next
                : "SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)";
    }
}
