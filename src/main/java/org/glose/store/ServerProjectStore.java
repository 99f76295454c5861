package org.glose.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.glose.core.project.Action;
import org.glose.core.project.ProjectProblemException;
import org.glose.core.project.ProjectStore;
import org.glose.core.project.Tx;

/**
 * A team project in a PostgreSQL database (docs/team-server.md). Several clients work on it at once: each action
 * is its own READ COMMITTED transaction, so codings added by two coders at the same moment both land; a change of
 * a code or coding another coder changed since is refused ({@link RowVersions}). Locking, snapshots and
 * encryption at rest are the server's job; what this client derives (the search index) lives in its own cache
 * folder, {@link #location()}.
 */
public final class ServerProjectStore implements ProjectStore {

    /** A deadlock or serialization failure is retried this many times before it is reported. */
    private static final int ATTEMPTS = 3;

    private final ServerUrl url;
    private final Connection connection;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final RowVersions versions = new RowVersions();
    private final String name;
    private boolean closed;

    private ServerProjectStore(ServerUrl url, Connection connection, Clock clock) {
        this.url = url;
        this.connection = connection;
        this.clock = clock;
        this.name = read(tx -> ((JdbcTx) tx).jdbc().one("SELECT meta_value FROM project_meta WHERE meta_key = 'name'",
                rs -> rs.getString(1)).orElse(url.toString()));
        read(ProjectRevision::othersChanged); // what the views read from now on is caught up with

    }

    /** Opens the team project at {@code url}, upgrading its schema first when it comes from an older Glose. */
    public static ServerProjectStore open(ServerUrl url, char[] password) {
        Connection c = ServerConnector.connect(url, password);
        try {
            if (!holdsProject(c)) {
                throw new ProjectProblemException("There is no Glose project in " + url + ": create one with glose "
                        + "init " + url + ", or copy one there with glose copy FOLDER " + url + ".");
            }
            SchemaMigrator.migrate(ServerConnector.dataSource(url, password), url);
            return new ServerProjectStore(url, c, Clock.systemUTC());
        } catch (RuntimeException e) {
            Connector.closeQuietly(c);
            throw e;
        }
    }

    /** Creates a new, empty team project in the database at {@code url}, which must hold none yet. */
    public static ServerProjectStore create(ServerUrl url, String name, char[] password) {
        Connection c = prepareEmpty(url, password);
        try {
            new Jdbc(c).update("INSERT INTO project_meta (meta_key, meta_value) VALUES ('name', ?)",
                    name == null || name.isBlank() ? url.toString() : name.strip());
            c.commit();
            return new ServerProjectStore(url, c, Clock.systemUTC());
        } catch (RuntimeException | SQLException e) {
            Connector.closeQuietly(c);
            throw e instanceof RuntimeException r ? r : ServerConnector.translate(url, (SQLException) e);
        }
    }

    /**
     * Connects to a database that holds no project yet and gives it the schema (no name: a database is a project
     * once it has one, so a copy that fails half-way leaves it free for another try).
     */
    static Connection prepareEmpty(ServerUrl url, char[] password) {
        Connection c = ServerConnector.connect(url, password);
        try {
            if (holdsProject(c)) {
                throw new ProjectProblemException("There is already a Glose project in " + url + ".");
            }
            SchemaMigrator.migrate(ServerConnector.dataSource(url, password), url);
            return c;
        } catch (RuntimeException e) {
            Connector.closeQuietly(c);
            throw e;
        }
    }

    /** A database holds a project once its project_meta table names it. */
    private static boolean holdsProject(Connection c) {
        Jdbc jdbc = new Jdbc(c);
        try {
            boolean table = jdbc.one("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                    + "current_schema() AND table_name = 'project_meta'", rs -> rs.getInt(1) > 0).orElse(false);
            return table && jdbc.one("SELECT COUNT(*) FROM project_meta WHERE meta_key = 'name'",
                    rs -> rs.getInt(1) > 0).orElse(false);
        } finally {
            try {
                c.rollback();
            } catch (SQLException e) {
                // nothing was written
            }
        }
    }

    @Override
    public <T> T read(Function<Tx, T> query) {
        return inTransaction(query, false, Action.unnamed());
    }

    @Override
    public <T> T write(Function<Tx, T> change) {
        return inTransaction(change, true, Action.unnamed());
    }

    @Override
    public <T> T write(Action action, Function<Tx, T> change) {
        return inTransaction(change, true, action);
    }

    private <T> T inTransaction(Function<Tx, T> work, boolean commit, Action action) {
        lock.lock();
        try {
            if (closed) {
                throw new ProjectProblemException("The project " + name + " is closed.");
            }
            for (int attempt = 1; ; attempt++) {
                RowVersions.Session seen = versions.session(commit);
                try {
                    JdbcTx tx = new JdbcTx(connection, clock.instant(), action, seen);
                    T result = work.apply(tx);
                    if (commit) {
                        // last, so that the row lock on the counter is held only for the commit itself
                        seen.raisesRevisionTo(ProjectRevision.raise(tx.jdbc()));
                        connection.commit();
                        seen.committed();
                    } else {
                        connection.rollback();
                    }
                    return result;
                } catch (RuntimeException | SQLException e) {
                    rollbackQuietly();
                    if (attempt < ATTEMPTS && ServerConnector.isTransient(e)) {
                        continue;
                    }
                    throw failure(e);
                } catch (Error e) {
                    rollbackQuietly();
                    throw e;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private RuntimeException failure(Exception e) {
        SQLException sql = e instanceof SQLException s ? s
                : e instanceof StoreException && e.getCause() instanceof SQLException s ? s : null;
        if (sql != null && String.valueOf(sql.getSQLState()).startsWith("08")) {
            return new ProjectProblemException("The connection to the server of " + url + " was lost; nothing of "
                    + "the last change was saved. Open the project again once the server is back.", e);
        }
        if (sql != null && e instanceof SQLException) {
            return ServerConnector.translate(url, sql);
        }
        return (RuntimeException) e;
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is gone: the server rolls the transaction back itself
        }
    }

    /** This client's cache folder for the team project (its search index), created when missing. */
    @Override
    public Path location() {
        Path folder = url.cacheFolder();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ProjectProblemException("Cannot create the local cache folder " + folder + ": "
                    + e.getMessage(), e);
        }
        return folder;
    }

    /** Where the project lives (without any password). */
    public ServerUrl url() {
        return url;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                Connector.closeQuietly(connection);
            }
        } finally {
            lock.unlock();
        }
    }
}
