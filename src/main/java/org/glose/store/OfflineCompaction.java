package org.glose.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.glose.core.project.ProjectProblemException;

/**
 * Rewrites a closed project's database file without its dead space. With {@code WRITE_DELAY=0} H2 runs no
 * background housekeeping, so a file that took many random-order index inserts (bulk codings: the GUID index)
 * keeps its old pages: 1,000,000 codings made a 13 GB file whose live data is about 0.7 GB. The benchmark uses
 * this on the large project it caches; it lives here because SQL lives only in the store.
 */
public final class OfflineCompaction {

    private OfflineCompaction() {
    }

    /** Compacts the project in {@code folder}, which must not be open anywhere. */
    public static void compact(Path folder) {
        try (Connection c = DriverManager.getConnection(ProjectFolder.url(folder, true), "", "");
             Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new ProjectProblemException("The project at " + folder + " cannot be compacted: "
                    + Connector.firstLine(e), e);
        }
    }
}
