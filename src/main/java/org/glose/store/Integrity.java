package org.glose.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;
import org.glose.core.project.ProjectProblemException;

/**
 * The checks that keep a damaged database from opening as if nothing happened: a file that is not an H2
 * database, one that holds no project, one that lost committed changes (see {@link CommitMarker}), and H2's
 * own "file corrupted" errors met in the middle of a session.
 */
final class Integrity {

    private Integrity() {
    }

    /** Before H2 touches the file: readable (and writable unless read-only), and shaped like an H2 database. */
    static void requireReadable(Path folder, boolean readOnly) {
        Path db = ProjectFolder.databaseFile(folder);
        if (!Files.isReadable(db)) {
            throw new ProjectProblemException("The project database at " + folder + " cannot be read: check the "
                    + "file's permissions.");
        }
        if (!readOnly && !Files.isWritable(db)) {
            throw new ProjectProblemException("The project database at " + folder + " is read-only on disk: "
                    + "check the file's permissions, or open it read-only.");
        }
        if (!DatabaseHeader.looksValid(db)) {
            throw Connector.damaged(folder, DatabaseHeader.problem(db), null);
        }
    }

    /** Right after connecting, before any migration: the file holds a project and every committed change. */
    static void requireAllCommits(Path folder, Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                throw Connector.damaged(folder, "the file holds no project", null);
            }
        }
        OptionalLong expected = CommitMarker.read(folder);
        long held = commitCount(c);
        if (expected.isPresent() && held < expected.getAsLong()) {
            long lost = expected.getAsLong() - Math.max(held, 0);
            throw Connector.damaged(folder, "it lacks its last " + lost + " change(s): the file was cut short or "
                    + "replaced by an older copy; if you put back an older copy on purpose, delete "
                    + ProjectFolder.commitMarker(folder).getFileName() + " beside it", null);
        }
    }

    /** The count of committed changes kept in the database; -1 when it has none (older or damaged schema). */
    static long commitCount(Connection c) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT meta_value FROM project_meta WHERE meta_key = 'commit_count'")) {
            return rs.next() ? Long.parseLong(rs.getString(1)) : -1;
        } catch (SQLException | NumberFormatException e) {
            return -1;
        }
    }

    static void setCommitCount(Connection c, long count) {
        new Jdbc(c).update("UPDATE project_meta SET meta_value = ? WHERE meta_key = 'commit_count'",
                Long.toString(count));
    }

    /** A store failure caused by a damaged file becomes the "damaged" message; anything else goes as it is. */
    static RuntimeException damageOr(Path folder, RuntimeException e) {
        if (e instanceof StoreException && e.getCause() instanceof SQLException s && Connector.isDamage(s)) {
            return Connector.damaged(folder, "H2 reports: " + Connector.firstLine(s), e);
        }
        return e;
    }
}
