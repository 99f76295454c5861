package org.glose.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.glose.core.project.ProjectProblemException;
import org.postgresql.ds.PGSimpleDataSource;

/** Connects to a team project's PostgreSQL database and turns the server's refusals into messages a user can act on. */
final class ServerConnector {

    private ServerConnector() {
    }

    /**
     * A connection with auto-commit off. {@code password} may be null (the URL's own, or none: a server that
     * trusts this client asks for none). pgjdbc keeps the password as a String while it connects: it is never
     * written anywhere by Glose.
     */
    static Connection connect(ServerUrl url, char[] password) {
        Properties props = properties(url, password);
        try {
            Connection c = DriverManager.getConnection(url.jdbcUrl(), props);
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            return c;
        } catch (SQLException e) {
            throw translate(url, e);
        }
    }

    /** For Flyway, which opens connections of its own. */
    static DataSource dataSource(ServerUrl url, char[] password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url.jdbcUrl());
        ds.setUser(url.user());
        char[] p = password != null ? password : url.passwordInUrl();
        if (p != null) {
            ds.setPassword(new String(p));
        }
        return ds;
    }

    private static Properties properties(ServerUrl url, char[] password) {
        Properties props = new Properties();
        props.setProperty("user", url.user());
        char[] p = password != null ? password : url.passwordInUrl();
        if (p != null) {
            props.setProperty("password", new String(p));
        }
        props.setProperty("ApplicationName", "Glose");
        return props;
    }

    static ProjectProblemException translate(ServerUrl url, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        String message = String.valueOf(e.getMessage());
        if (state.equals("08004") && message.contains("no password was provided")) {
            return new ServerPasswordException("The server of " + url + " asks for the password of the role "
                    + url.user() + ".", false, e);
        }
        return switch (state) {
            case "28P01" -> new ServerPasswordException("The server of " + url + " refused the password of the role "
                    + url.user() + ".", true, e);
            case "28000" -> new ProjectProblemException("The server of " + url + " does not let the role "
                    + url.user() + " in (" + Connector.firstLine(e) + "): ask its administrator (docs/team-server.md).",
                    e);
            case "3D000" -> new ProjectProblemException("The server has no database " + url + ": ask its "
                    + "administrator to create it (docs/team-server.md).", e);
            case "42501" -> new ProjectProblemException("The role " + url.user() + " may not do this in " + url
                    + " (" + Connector.firstLine(e) + "): ask the server's administrator for the grants in "
                    + "docs/team-server.md.", e);
            default -> state.startsWith("08")
                    ? new ProjectProblemException("Cannot reach the server of " + url + ": " + Connector.firstLine(e),
                            e)
                    : new ProjectProblemException("The team project at " + url + " failed: " + Connector.firstLine(e),
                            e);
        };
    }

    /** Serialization failures and deadlocks: the transaction may simply be run again. */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && ("40001".equals(s.getSQLState()) || "40P01".equals(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
