package org.glose.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The benchmark's raw-library baseline for reading codings: the four columns a co-occurrence needs (document,
 * code, start, end) of every coding, read with one plain JDBC query into arrays, in document and start order.
 * It reads a copy of a closed project's database, so that it needs neither the project's lock nor its checks.
 * Lives here because SQL lives only in the store.
 */
public final class RawCodingRows implements AutoCloseable {

    /** Every coding's columns; index {@code i} of each array is one coding. */
    public record Rows(long[] document, long[] code, int[] start, int[] end, int size) {
    }

    private final Connection connection;
    private final PreparedStatement select;

    /** Copies the database of the closed project in {@code projectFolder} into {@code scratch} and opens it. */
    public RawCodingRows(Path projectFolder, Path scratch) {
        try {
            Files.createDirectories(scratch);
            Files.copy(ProjectFolder.databaseFile(projectFolder), scratch.resolve("raw.mv.db"));
            connection = DriverManager.getConnection("jdbc:h2:file:" + scratch.toAbsolutePath().resolve("raw")
                    + ";ACCESS_MODE_DATA=r", "", "");
            select = connection.prepareStatement(
                    "SELECT document_id, code_id, start_pos, end_pos FROM coding ORDER BY document_id, start_pos");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The raw codings baseline cannot start: " + e.getMessage(), e);
        }
    }

    public Rows read() {
        int capacity = 1 << 14;
        long[] document = new long[capacity];
        long[] code = new long[capacity];
        int[] start = new int[capacity];
        int[] end = new int[capacity];
        int n = 0;
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                if (n == document.length) {
                    capacity *= 2;
                    document = Arrays.copyOf(document, capacity);
                    code = Arrays.copyOf(code, capacity);
                    start = Arrays.copyOf(start, capacity);
                    end = Arrays.copyOf(end, capacity);
                }
                document[n] = rs.getLong(1);
                code[n] = rs.getLong(2);
                start[n] = rs.getInt(3);
                end[n] = rs.getInt(4);
                n++;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Rows(document, code, start, end, n);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a scratch copy
        }
    }
}
