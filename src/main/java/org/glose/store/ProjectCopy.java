package org.glose.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.ProjectProblemException;
import org.glose.core.project.ProjectStore;

/**
 * {@code glose copy SOURCE TARGET}: a whole project from a folder to a PostgreSQL database or back, row for row
 * (GUIDs and ids, codings, coders, memos, cases, attributes, history, original files). The target is new: a
 * folder without a project, or a database without one. The copy is one transaction on the target: it lands
 * whole or not at all.
 */
public final class ProjectCopy {

    private ProjectCopy() {
    }

    /** Copies; returns the number of rows per table. Passwords: of an encrypted source folder, of each server. */
    public static Map<String, Integer> copy(Path source, char[] sourcePassword, Path target, char[] targetPassword) {
        if (ServerUrl.isServer(source) == ServerUrl.isServer(target)) {
            throw new InvalidInputException("Copy goes from a project folder to a jdbc:postgresql:// database or "
                    + "back; to copy a folder, copy the folder.");
        }
        try (ProjectStore from = ProjectStores.open(source, sourcePassword)) {
            return from.read(tx -> {
                Connection in = ((JdbcTx) tx).jdbc().connection();
                consistentRead(in);
                return ServerUrl.isServer(target) ? toServer(in, ServerUrl.of(target), targetPassword)
                        : toFolder(in, target);
            });
        }
    }

    /** On PostgreSQL, every table is read as of the same moment even while coders go on working. */
    private static void consistentRead(Connection in) {
        if (Dialect.of(in) == Dialect.POSTGRESQL) {
            try (Statement st = in.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            } catch (SQLException e) {
                throw new StoreException("SET TRANSACTION", e);
            }
        }
    }

    private static Map<String, Integer> toServer(Connection in, ServerUrl url, char[] password) {
        Connection out = ServerProjectStore.prepareEmpty(url, password);
        try {
            Map<String, Integer> counts = TableCopy.copy(in, out);
            out.commit();
            return counts;
        } catch (SQLException e) {
            throw new ProjectProblemException("The copy to " + url + " failed and was undone: "
                    + Connector.firstLine(e), e);
        } finally {
            Connector.closeQuietly(out);
        }
    }

    private static Map<String, Integer> toFolder(Connection in, Path folder) {
        if (ProjectFolder.isProject(folder)) {
            throw new ProjectProblemException("There is already a Glose project at " + folder + ".");
        }
        boolean made = !Files.exists(folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ProjectProblemException("Cannot create the project folder " + folder + ": " + e.getMessage(), e);
        }
        FolderGuard.claim(folder);
        Connection out = null;
        boolean done = false;
        try {
            out = Connector.connect(folder, false, null, false);
            SchemaMigrator.migrate(out, Connector.dataSource(folder, null), folder, Dialect.H2);
            Map<String, Integer> counts = TableCopy.copy(in, out);
            out.commit();
            done = true;
            return counts;
        } catch (SQLException e) {
            throw new ProjectProblemException("The copy to " + folder + " failed and was undone: "
                    + Connector.firstLine(e), e);
        } finally {
            Connector.closeQuietly(out);
            FolderGuard.release(folder);
            if (!done) {
                removeHalfCopy(folder, made);
            }
        }
    }

    /** A failed copy leaves nothing: the database file it started, and the folder if the copy made it. */
    private static void removeHalfCopy(Path folder, boolean made) {
        try {
            Files.deleteIfExists(ProjectFolder.databaseFile(folder));
            Files.deleteIfExists(ProjectFolder.traceFile(folder));
            if (made) {
                Snapshots.deleteTree(folder);
            }
        } catch (IOException e) {
            // the message of the failure itself matters more; the leftovers hold no project (no name)
        }
    }
}
