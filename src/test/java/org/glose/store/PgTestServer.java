package org.glose.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL server of the store tests: {@code GLOSE_TEST_PG_URL} (set by .ci/run, which installs and starts
 * one) names a database of a role that may create databases; each test project gets a fresh database of its own,
 * dropped afterwards. Without the variable (a fresh clone) the PostgreSQL tests are skipped, saying why.
 */
public final class PgTestServer {

    public static final String VARIABLE = "GLOSE_TEST_PG_URL";

    static {
        try {
            // the clients' caches (search indexes) of test projects stay out of the user's ~/.glose
            System.setProperty("glose.cacheDir", Files.createTempDirectory("glose-cache").toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private PgTestServer() {
    }

    /** Skips the calling test unless a server is configured. */
    public static void assumeAvailable() {
        assumeTrue(System.getenv(VARIABLE) != null, VARIABLE + " is not set: the PostgreSQL store tests are "
                + "skipped (bash .ci/run installs and starts a server and sets it).");
    }

    /** A new empty database; returns its URL (with the test role's credentials). */
    public static String freshDatabase() {
        assumeAvailable();
        String name = "glose_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + name);
        return withDatabase(System.getenv(VARIABLE), name);
    }

    /** The same as a path, as the command line and {@code ProjectStores} take it. */
    public static Path freshDatabasePath() {
        return Path.of(freshDatabase());
    }

    public static void drop(String url) {
        String name = ServerUrl.parse(url).jdbcUrl().replaceAll("^jdbc:postgresql://[^/]*/([^?]+).*$", "$1");
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    static String withDatabase(String url, String database) {
        return url.replaceFirst("^(jdbc:postgresql://[^/]*/)[^?]*", "$1" + database);
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(System.getenv(VARIABLE));
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
