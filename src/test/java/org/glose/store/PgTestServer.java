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
    private static final java.util.List<String> ROLES = new java.util.concurrent.CopyOnWriteArrayList<>();

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
        String name = databaseOf(url);
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /**
     * Waits until a session on {@code url}'s database waits for a lock another transaction holds (a second coder
     * stopped behind the first); gives up after a minute so that a broken test fails instead of hanging.
     */
    public static void awaitSessionWaitingOnALock(String url) throws InterruptedException {
        String database = databaseOf(url);
        for (int i = 0; i < 600; i++) {
            try (Connection c = DriverManager.getConnection(System.getenv(VARIABLE));
                 java.sql.PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity "
                         + "WHERE datname = ? AND wait_event_type = 'Lock'")) {
                ps.setString(1, database);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getInt(1) > 0) {
                        return;
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No session of " + database + " came to wait on a lock.");
    }

    /**
     * A login role like a lab's coders (docs/team-server.md): it may read and write the rows of the tables of
     * {@code url}'s database, never create or alter a table. Returns the URL as that role; the test role needs
     * CREATEROLE (given by .ci/run), else the calling test is skipped.
     */
    public static String asCoderRole(String url) {
        String role = "glose_t_coder_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try {
            admin("CREATE ROLE " + role + " LOGIN PASSWORD '" + role + "'");
        } catch (IllegalStateException e) {
            assumeTrue(false, "The role of " + VARIABLE + " may not create roles (CREATEROLE, given by .ci/run): "
                    + "the test of a coder's role is skipped.");
        }
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("GRANT USAGE ON SCHEMA public TO " + role);
            st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role);
            st.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + role);
            st.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "
                    + role);
            st.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO " + role);
            st.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        ROLES.add(role);
        return url.replaceAll("user=[^&]*", "user=" + role).replaceAll("password=[^&]*", "password=" + role);
    }

    /** Drops the database of {@code url}, then the coder roles made for it. */
    public static void dropWithRoles(String url) {
        drop(url);
        for (String role : ROLES) {
            admin("DROP ROLE IF EXISTS " + role);
        }
        ROLES.clear();
    }

    private static String databaseOf(String url) {
        return ServerUrl.parse(url).jdbcUrl().replaceAll("^jdbc:postgresql://[^/]*/([^?]+).*$", "$1");
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
