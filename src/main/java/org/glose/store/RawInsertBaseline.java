package org.glose.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's raw-library baseline for a coding action: one plain insert into an H2 file, then commit and
 * force it to the disk as the project store does (WRITE_DELAY=0, CHECKPOINT SYNC), without Glose's checks,
 * history and undo. Lives here because SQL lives only in the store.
 */
public final class RawInsertBaseline implements AutoCloseable {

    private final Connection connection;
    private final PreparedStatement insert;
    private final Statement sync;
    private int next;

    public RawInsertBaseline(Path folder) {
        try {
            connection = DriverManager.getConnection(
                    "jdbc:h2:file:" + folder.toAbsolutePath().resolve("raw") + ";WRITE_DELAY=0", "", "");
            connection.setAutoCommit(false);
            connection.createStatement().execute("CREATE TABLE IF NOT EXISTS t (id BIGINT PRIMARY KEY, "
                    + "document_id BIGINT, code_id BIGINT, start_pos INT, end_pos INT)");
            connection.commit();
            insert = connection.prepareStatement("INSERT INTO t VALUES (?, 1, 1, ?, ?)");
            sync = connection.createStatement();
        } catch (SQLException e) {
            throw new IllegalStateException("The raw H2 baseline cannot start: " + e.getMessage(), e);
        }
    }

    public void insertAndCommit() {
        try {
            insert.setLong(1, next++);
            insert.setInt(2, next);
            insert.setInt(3, next + 80);
            insert.executeUpdate();
            connection.commit();
            sync.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a scratch database
        }
    }
}
