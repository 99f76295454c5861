package org.glose.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The few JDBC moves the repositories need, with parameters bound by type and SQL errors made unchecked. */
final class Jdbc {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static final int BATCH = 1_000;
    private static final int FETCH = 10_000;
    private final Connection connection;
    private Dialect dialect;
    /** PostgreSQL only: texts already read in this transaction, to cut UTF-16 slices from in Java. */
    private final java.util.Map<Long, String> texts = new java.util.HashMap<>();

    Jdbc(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    Dialect dialect() {
        if (dialect == null) {
            dialect = Dialect.of(connection);
        }
        return dialect;
    }

    /**
     * Up to {@code length} UTF-16 units of a document's stored text from {@code start} (docs/offsets.md); empty
     * when the document has no text. On H2 the text is a LOB whose SUBSTRING decodes all of it: a character
     * stream (UTF-16 units, as Java counts) decodes only up to the slice's end. PostgreSQL's SUBSTRING counts code
     * points, so there the text is read once per transaction and cut in Java.
     */
    String textSlice(long documentId, int start, int length) {
        if (dialect().substringCountsUtf16()) {
            return one("SELECT plain_text FROM document_text WHERE document_id = ?",
                    rs -> slice(rs.getCharacterStream(1), start, length), documentId).orElse("");
        }
        String text = texts.computeIfAbsent(documentId, id -> one(
                "SELECT plain_text FROM document_text WHERE document_id = ?", rs -> rs.getString(1), id).orElse(""));
        int from = Math.min(Math.max(start, 0), text.length());
        return text.substring(from, Math.min(text.length(), from + Math.max(length, 0)));
    }

    private static String slice(java.io.Reader reader, int start, int length) throws SQLException {
        try (reader) {
            long skipped = 0;
            while (skipped < start) {
                long n = reader.skip(start - skipped);
                if (n <= 0) {
                    return "";
                }
                skipped += n;
            }
            char[] chars = new char[Math.max(length, 0)];
            int read = 0;
            while (read < chars.length) {
                int n = reader.read(chars, read, chars.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            return new String(chars, 0, read);
        } catch (java.io.IOException e) {
            throw new SQLException("Could not read the document's text", e);
        }
    }

    <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = new ArrayList<>();
        each(sql, rs -> rows.add(mapper.map(rs)), params);
        return rows;
    }

    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Hands each row to {@code consumer} as it is read (fetched in blocks, so a large result is not held). */
    void each(String sql, RowConsumer consumer, Object... params) {
        try (PreparedStatement ps = prepare(sql, false, params)) {
            ps.setFetchSize(FETCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    int update(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, false, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    long insert(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, true, params)) {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    /** Inserts many rows in JDBC batches and returns their generated ids in order. */
    List<Long> batchInsert(String sql, List<Object[]> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        try (PreparedStatement ps = connection.prepareStatement(sql, new String[] {"id"})) {
            for (int start = 0; start < rows.size(); start += BATCH) {
                for (Object[] row : rows.subList(start, Math.min(rows.size(), start + BATCH))) {
                    for (int i = 0; i < row.length; i++) {
                        bind(ps, i + 1, row[i]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
        return ids;
    }

    /** Runs one statement for many rows in JDBC batches; returns how many rows each one changed, in order. */
    int[] batchUpdate(String sql, List<Object[]> rows) {
        int[] counts = new int[rows.size()];
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int start = 0; start < rows.size(); start += BATCH) {
                for (Object[] row : rows.subList(start, Math.min(rows.size(), start + BATCH))) {
                    for (int i = 0; i < row.length; i++) {
                        bind(ps, i + 1, row[i]);
                    }
                    ps.addBatch();
                }
                int[] done = ps.executeBatch();
                System.arraycopy(done, 0, counts, start, done.length);
            }
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
        return counts;
    }

    private PreparedStatement prepare(String sql, boolean keys, Object... params) throws SQLException {
        PreparedStatement ps = keys
                ? connection.prepareStatement(sql, new String[] {"id"})
                : connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            bind(ps, i + 1, params[i]);
        }
        return ps;
    }

    private void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (NulCharacters.in(value) && dialect() == Dialect.POSTGRESQL) {
            throw NulCharacters.refused((String) value);
        }
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            ps.setTimestamp(index, Timestamp.from(instant));
        } else if (value instanceof byte[] bytes) {
            ps.setBytes(index, bytes);
        } else {
            ps.setObject(index, value);
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
