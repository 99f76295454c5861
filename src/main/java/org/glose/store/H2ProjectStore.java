package org.glose.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.glose.core.project.Action;
import org.glose.core.project.PasswordException;
import org.glose.core.project.ProjectProblemException;
import org.glose.core.project.ProjectStore;
import org.glose.core.project.Tx;

/**
 * A project in a folder with an embedded H2 database. One connection, held while the project is open, keeps H2's
 * file lock (a second program is refused, and told who holds the project by {@code lock.json}); a lock serialises
 * transactions, so there is one writer at a time. Every write is committed and forced to the disk before it
 * returns. The database may be encrypted with a password ({@code CIPHER=AES}), which is never stored.
 */
public final class H2ProjectStore implements ProjectStore {

    private final Path folder;
    private final Connection connection;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final RowVersions versions = new RowVersions();
    private final String name;
    private final Mode mode;
    private long commits;
    private boolean closed;

    /** How a store was opened: its file encrypted or not; writable, read-only, or a read-only temporary copy. */
    record Mode(boolean encrypted, boolean readOnly, Path deleteOnClose) {
    }

    private H2ProjectStore(Path folder, Connection connection, Clock clock, Mode mode) {
        this.folder = folder;
        this.connection = connection;
        this.clock = clock;
        this.mode = mode;
        Jdbc jdbc = new Jdbc(connection);
        this.name = read(tx -> jdbc.one("SELECT meta_value FROM project_meta WHERE meta_key = 'name'",
                rs -> rs.getString(1)).orElse(folder.getFileName().toString()));
        this.commits = Math.max(0, Integrity.commitCount(connection));
    }

    /** Creates a new, empty project in {@code folder} (which must not hold a project yet). */
    public static H2ProjectStore create(Path folder, String name) {
        return create(folder, name, null);
    }

    /** Creates a new project, encrypted with {@code password} unless it is null. */
    public static H2ProjectStore create(Path folder, String name, char[] password) {
        if (ProjectFolder.isProject(folder)) {
            throw new ProjectProblemException("There is already a Glose project at " + folder + ".");
        }
        char[] key = password == null ? null : FileKey.derive(password);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ProjectProblemException("Cannot create the project folder " + folder + ": " + e.getMessage(), e);
        }
        FolderGuard.claim(folder);
        Connection c = null;
        try {
            c = Connector.connect(folder, false, key, false);
            SchemaMigrator.migrate(c, Connector.dataSource(folder, key), folder, Dialect.H2);
            new Jdbc(c).update("INSERT INTO project_meta (meta_key, meta_value) VALUES ('name', ?)",
                    name == null || name.isBlank() ? folder.getFileName().toString() : name.strip());
            c.commit();
            return started(folder, c, Clock.systemUTC(), new Mode(key != null, false, null));
        } catch (RuntimeException | SQLException e) {
            Connector.closeQuietly(c);
            FolderGuard.release(folder);
            throw e instanceof RuntimeException r ? r : new ProjectProblemException(e.getMessage(), e);
        } finally {
            Connector.clear(key);
        }
    }

    /** Opens an existing project, migrating its schema when it comes from an older Glose. */
    public static H2ProjectStore open(Path folder) {
        return open(folder, null, Clock.systemUTC());
    }

    public static H2ProjectStore open(Path folder, Clock clock) {
        return open(folder, null, clock);
    }

    /** Opens a project that may be encrypted; {@code password} is ignored for a project in clear. */
    public static H2ProjectStore open(Path folder, char[] password) {
        return open(folder, password, Clock.systemUTC());
    }

    public static H2ProjectStore open(Path folder, char[] password, Clock clock) {
        return open(folder, password, clock, false, null);
    }

    /**
     * Opens a project read-only: nothing is migrated, every write is refused, no lock file is written. H2 still
     * takes a shared lock on the file, so a program writing to it is refused and refuses this one.
     */
    public static H2ProjectStore openReadOnly(Path folder, char[] password) {
        return open(folder, password, Clock.systemUTC(), true, null);
    }

    /** Opens a temporary copy (of a snapshot) read-only, upgrading it first; the copy is deleted on close. */
    static H2ProjectStore openCopy(Path copy, char[] password) {
        open(copy, password).close();
        return open(copy, password, Clock.systemUTC(), true, copy);
    }

    private static H2ProjectStore open(Path folder, char[] password, Clock clock, boolean readOnly, Path temp) {
        ServerUrl.refuseFolderOnly(folder);
        if (!ProjectFolder.isProject(folder)) {
            throw new ProjectProblemException("There is no Glose project at " + folder + ".");
        }
        // claimed before the file is first read: reading it while this process has it open would unlock it
        FolderGuard.claim(folder);
        char[] key = null;
        Connection c = null;
        try {
            Integrity.requireReadable(folder, readOnly);
            boolean encrypted = ProjectFolder.isEncryptedFile(ProjectFolder.databaseFile(folder));
            if (encrypted && (password == null || password.length == 0)) {
                throw PasswordException.required(folder);
            }
            key = encrypted ? FileKey.derive(password) : null;
            c = Connector.connect(folder, true, key, readOnly);
            Integrity.requireAllCommits(folder, c);
            if (readOnly) {
                SchemaMigrator.requireCurrent(Connector.dataSource(folder, key), folder, Dialect.H2);
            } else {
                SchemaMigrator.migrate(c, Connector.dataSource(folder, key), folder, Dialect.H2);
                c.commit();
            }
            return started(folder, c, clock, new Mode(key != null, readOnly, temp));
        } catch (RuntimeException | SQLException e) {
            Connector.closeQuietly(c);
            FolderGuard.release(folder);
            if (e instanceof SQLException s) {
                throw Connector.translate(folder, s);
            }
            throw e instanceof ProjectProblemException p ? p : new ProjectProblemException("The project at " + folder
                    + " cannot be opened: " + Connector.firstLine(e), e);
        } finally {
            Connector.clear(key);
        }
    }

    private static H2ProjectStore started(Path folder, Connection c, Clock clock, Mode mode) {
        H2ProjectStore store = new H2ProjectStore(folder, c, clock, mode);
        FolderGuard.opened(folder, mode.encrypted());
        if (!mode.readOnly()) {
            LockFile.ofThisProcess(clock.instant()).write(folder);
            CommitMarker.write(folder, store.commits);
        }
        return store;
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
            requireOpen();
            if (commit && mode.readOnly()) {
                throw new ProjectProblemException(readOnlyMessage());
            }
            T result;
            RowVersions.Session seen = versions.session(commit);
            try {
                result = work.apply(new JdbcTx(connection, clock.instant(), action, seen));
                if (commit) {
                    Integrity.setCommitCount(connection, commits + 1);
                }
            } catch (RuntimeException e) {
                connection.rollback();
                throw Integrity.damageOr(folder, e);
            } catch (Error e) {
                // e.g. OutOfMemoryError in the middle of a big import: nothing of it may be committed later
                connection.rollback();
                throw e;
            }
            if (commit) {
                connection.commit();
                seen.committed();
                commits++;
                // WRITE_DELAY=0 puts the commit in the file; this forces the file to the disk (power cut)
                try (Statement st = connection.createStatement()) {
                    st.execute("CHECKPOINT SYNC");
                }
                CommitMarker.write(folder, commits);
            } else {
                connection.rollback();
            }
            return result;
        } catch (SQLException e) {
            throw Connector.isDamage(e) ? Connector.damaged(folder, "H2 reports: " + Connector.firstLine(e), e)
                    : new ProjectProblemException("The project database failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private String readOnlyMessage() {
        return mode.deleteOnClose() != null
                ? "This is a read-only copy of a snapshot of " + name + ": changes cannot be saved."
                : "The project " + name + " is open read-only: changes cannot be saved.";
    }

    private void requireOpen() {
        if (closed) {
            throw new ProjectProblemException("The project " + name + " is closed.");
        }
    }

    /** Takes a snapshot now, online and consistent, between two transactions. */
    public Snapshot takeSnapshot(Snapshot.Kind kind) {
        lock.lock();
        try {
            requireOpen();
            if (mode.readOnly()) {
                throw new ProjectProblemException(readOnlyMessage());
            }
            return Snapshots.of(folder).take(connection, kind);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<String> snapshot(boolean automatic) {
        if (mode.readOnly()) {
            return Optional.empty();
        }
        return Optional.of(takeSnapshot(automatic ? Snapshot.Kind.AUTO : Snapshot.Kind.MANUAL).id());
    }

    @Override
    public boolean isEncrypted() {
        return mode.encrypted();
    }

    @Override
    public boolean isReadOnly() {
        return mode.readOnly();
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
            if (closed) {
                return;
            }
            closed = true;
            Connector.closeQuietly(connection);
            if (!mode.readOnly()) {
                LockFile.remove(folder);
            }
            FolderGuard.release(folder);
            if (mode.deleteOnClose() != null) {
                Snapshots.deleteTree(mode.deleteOnClose());
            }
        } catch (IOException e) {
            // a temporary copy left behind is in the system's temporary folder; the project itself is closed
        } finally {
            lock.unlock();
        }
    }
}
