package org.glose.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.glose.core.project.ProjectProblemException;
import org.glose.core.project.ProjectStore;
import org.glose.core.project.Tx;

/**
 * A project in a folder with an embedded H2 database. One connection, held while the project is open, keeps H2's
 * file lock (a second program is refused); a lock serialises transactions, so there is one writer at a time.
 */
public final class H2ProjectStore implements ProjectStore {

    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final int DATABASE_NOT_FOUND = 90146;
    private static final int FILE_CORRUPTED = 90030;

    private final Path folder;
    private final Connection connection;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final String name;
    /** Folders open in this process: H2 lets one JVM connect twice, but a second window must be refused too. */
    private static final java.util.Set<Path> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private H2ProjectStore(Path folder, Connection connection, Clock clock) {
        this.folder = folder;
        this.connection = connection;
        this.clock = clock;
        this.name = read(tx -> new Jdbc(connection).one("SELECT meta_value FROM project_meta WHERE meta_key = 'name'",
                rs -> rs.getString(1)).orElse(folder.getFileName().toString()));
    }

    /** Creates a new, empty project in {@code folder} (which must not hold a project yet). */
    public static H2ProjectStore create(Path folder, String name) {
        if (ProjectFolder.isProject(folder)) {
            throw new ProjectProblemException("There is already a Glose project at " + folder + ".");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ProjectProblemException("Cannot create the project folder " + folder + ": " + e.getMessage(), e);
        }
        Connection c = connect(folder, false);
        try {
            SchemaMigrator.migrate(c, ProjectFolder.url(folder, false), folder, Dialect.H2);
            new Jdbc(c).update("INSERT INTO project_meta (meta_key, meta_value) VALUES ('name', ?)",
                    name == null || name.isBlank() ? folder.getFileName().toString() : name.strip());
            c.commit();
        } catch (RuntimeException | SQLException e) {
            closeQuietly(c);
            OPEN.remove(key(folder));
            throw e instanceof RuntimeException r ? r : new ProjectProblemException(e.getMessage(), e);
        }
        return new H2ProjectStore(folder, c, Clock.systemUTC());
    }

    /** Opens an existing project, migrating its schema when it comes from an older Glose. */
    public static H2ProjectStore open(Path folder) {
        return open(folder, Clock.systemUTC());
    }

    public static H2ProjectStore open(Path folder, Clock clock) {
        if (!ProjectFolder.isProject(folder)) {
            throw new ProjectProblemException("There is no Glose project at " + folder + ".");
        }
        Connection c = connect(folder, true);
        try {
            SchemaMigrator.migrate(c, ProjectFolder.url(folder, true), folder, Dialect.H2);
            c.commit();
        } catch (RuntimeException | SQLException e) {
            closeQuietly(c);
            OPEN.remove(key(folder));
            throw e instanceof ProjectProblemException p ? p
                    : new ProjectProblemException("The project at " + folder + " cannot be opened: " + e.getMessage(), e);
        }
        return new H2ProjectStore(folder, c, clock);
    }

    private static Connection connect(Path folder, boolean mustExist) {
        if (!OPEN.add(key(folder))) {
            throw new ProjectProblemException("The project at " + folder
                    + " is already open in this Glose (another window or command); close it there first.");
        }
        try {
            Connection c = DriverManager.getConnection(ProjectFolder.url(folder, mustExist), "", "");
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            OPEN.remove(key(folder));
            throw translate(folder, e);
        }
    }

    private static ProjectProblemException translate(Path folder, SQLException e) {
        return switch (e.getErrorCode()) {
            case DATABASE_ALREADY_OPEN -> new ProjectProblemException("The project at " + folder
                    + " is open in another program (or another Glose window); close it there first.", e);
            case DATABASE_NOT_FOUND -> new ProjectProblemException("There is no Glose project at " + folder + ".", e);
            case FILE_CORRUPTED -> new ProjectProblemException("The project database at " + folder
                    + " is damaged; restore it from backups/ or a copy.", e);
            default -> new ProjectProblemException("The project at " + folder + " cannot be opened: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        };
    }

    @Override
    public <T> T read(Function<Tx, T> query) {
        return inTransaction(query, false);
    }

    @Override
    public <T> T write(Function<Tx, T> change) {
        return inTransaction(change, true);
    }

    private <T> T inTransaction(Function<Tx, T> work, boolean commit) {
        lock.lock();
        try {
            if (connection.isClosed()) {
                throw new ProjectProblemException("The project " + name + " is closed.");
            }
            T result;
            try {
                result = work.apply(new JdbcTx(connection, clock.instant()));
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
            return result;
        } catch (SQLException e) {
            throw new ProjectProblemException("The project database failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Path location() {
        return folder;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closeQuietly(connection);
            OPEN.remove(key(folder));
        } finally {
            lock.unlock();
        }
    }

    private static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after a failure: the first error is the one to report
        }
    }
}
