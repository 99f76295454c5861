package org.glose.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The benchmark's raw-library baseline for a coding action: one plain insert into an H2 file with the same
 * durability setting, then commit, without Glose's checks and undo. Lives here because SQL lives only in the store.
 */
public final class RawInsertBaseline implements AutoCloseable {

    private final Connection connection;
    private final PreparedStatement insert;
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
