package org.glose.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies every row of every project table from one database to another of the same schema version, ids
 * included, parents before children; then makes each identity column continue after the copied ids. Found from
 * the database's own catalogue, so a table a later migration adds is copied too.
 */
final class TableCopy {

    private static final String HISTORY_OF_MIGRATIONS = "flyway_schema_history";
    private static final int BATCH = 200;

    private TableCopy() {
    }

    /** Copies all rows; returns the number of rows copied per table, in copy order. */
    static Map<String, Integer> copy(Connection from, Connection to) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Dialect target = Dialect.of(to);
        try (Statement st = to.createStatement()) {
            st.executeUpdate("DELETE FROM project_meta");   // the rows the migrations put there come from the source
        }
        for (String table : tablesParentsFirst(from)) {
            counts.put(table, copyTable(from, to, table));
            for (String column : identityColumns(to, table)) {
                long next = maxOf(to, table, column) + 1;
                try (Statement st = to.createStatement()) {
                    st.execute(target.restartIdentity(table, next));
                }
            }
        }
        return counts;
    }

    static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals(HISTORY_OF_MIGRATIONS)) {
                    names.add(name);
                }
            }
        }
        names.sort(null);
        return names;
    }

    /** The tables ordered so that a table comes after every other table it refers to. */
    private static List<String> tablesParentsFirst(Connection c) throws SQLException {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String table : tables(c)) {
            parents.put(table, referenced(c, table));
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < parents.size()) {
            boolean progress = false;
            for (var e : parents.entrySet()) {
                if (!ordered.contains(e.getKey()) && ordered.containsAll(e.getValue())) {
                    ordered.add(e.getKey());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("The project's tables refer to each other in a cycle: " + parents);
            }
        }
        return ordered;
    }

    /** The other tables {@code table} refers to; {@link #selfReference} handles a reference to itself. */
    private static Set<String> referenced(Connection c, String table) throws SQLException {
        Set<String> refs = new HashSet<>();
        try (ResultSet rs = c.getMetaData().getImportedKeys(null, c.getSchema(), catalogName(c, table))) {
            while (rs.next()) {
                refs.add(rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        refs.remove(table);
        return refs;
    }

    /** The column of {@code table} that refers to its own id (a code's parent), or null. */
    private static String selfReference(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getImportedKeys(null, c.getSchema(), catalogName(c, table))) {
            while (rs.next()) {
                if (rs.getString("PKTABLE_NAME").equalsIgnoreCase(table)) {
                    return rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }

    private static int copyTable(Connection from, Connection to, String table) throws SQLException {
        String parentColumn = selfReference(from, table);
        boolean toServer = Dialect.of(to) == Dialect.POSTGRESQL;
        int rows = 0;
        try (Statement st = from.createStatement(); ResultSet rs = st.executeQuery("SELECT "
                + String.join(", ", storedColumns(from, table)) + " FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
            try (PreparedStatement insert = to.prepareStatement(sql)) {
                if (parentColumn != null) {
                    List<Object[]> all = read(rs, meta);
                    if (toServer) {
                        all.forEach(row -> NulCharacters.requireNone(table, columns, row));
                    }
                    return insertParentsFirst(insert, all, columns.indexOf("id"), columns.indexOf(parentColumn));
                }
                while (rs.next()) {
                    Object[] row = values(rs, meta);
                    if (toServer) {
                        NulCharacters.requireNone(table, columns, row);
                    }
                    insert(insert, row);
                    if (++rows % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        }
        return rows;
    }

    /** A table that refers to itself (the codebook tree, small): a row goes in once its parent is in. */
    private static int insertParentsFirst(PreparedStatement insert, List<Object[]> rows, int id, int parent)
            throws SQLException {
        Set<Object> done = new HashSet<>();
        List<Object[]> left = new ArrayList<>(rows);
        while (!left.isEmpty()) {
            List<Object[]> ready = left.stream().filter(r -> r[parent] == null || done.contains(r[parent])).toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException("Rows whose parents are missing: " + left.size());
            }
            for (Object[] row : ready) {
                insert(insert, row);
                done.add(row[id]);
            }
            insert.executeBatch();
            left.removeAll(ready);
        }
        return rows.size();
    }

    private static List<Object[]> read(ResultSet rs, ResultSetMetaData meta) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(values(rs, meta));
        }
        return rows;
    }

    private static void insert(PreparedStatement ps, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (value instanceof byte[] bytes) {
                ps.setBytes(i + 1, bytes);
            } else {
                ps.setObject(i + 1, value);
            }
        }
        ps.addBatch();
    }

    private static Object[] values(ResultSet rs, ResultSetMetaData meta) throws SQLException {
        Object[] values = new Object[meta.getColumnCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(rs, meta, i + 1);
        }
        return values;
    }

    /** A column's value in a type both databases take back: text as String, bytes as byte[], times with zone. */
    private static Object value(ResultSet rs, ResultSetMetaData meta, int column) throws SQLException {
        int type = meta.getColumnType(column);
        String typeName = String.valueOf(meta.getColumnTypeName(column)).toLowerCase(Locale.ROOT);
        if (type == Types.TIMESTAMP_WITH_TIMEZONE || typeName.equals("timestamptz")
                || typeName.contains("with time zone")) {
            return rs.getObject(column, OffsetDateTime.class);
        }
        if (type == Types.CLOB || type == Types.NCLOB || type == Types.LONGVARCHAR || type == Types.VARCHAR
                || type == Types.CHAR || type == Types.LONGNVARCHAR || type == Types.NVARCHAR) {
            return rs.getString(column);
        }
        if (type == Types.BLOB || type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY) {
            return rs.getBytes(column);
        }
        return rs.getObject(column);
    }

    /** The columns that hold data: a computed one (V8's parent_key) is the database's to fill in. */
    private static List<String> storedColumns(Connection c, String table) throws SQLException {
        return columns(c, table, "IS_GENERATEDCOLUMN", false);
    }

    private static List<String> identityColumns(Connection c, String table) throws SQLException {
        return columns(c, table, "IS_AUTOINCREMENT", true);
    }

    /** The columns of {@code table}, in order, whose catalogue {@code flag} is "YES" ({@code set}) or not. */
    private static List<String> columns(Connection c, String table, String flag, boolean set) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), catalogName(c, table), "%")) {
            while (rs.next()) {
                if ("YES".equalsIgnoreCase(rs.getString(flag)) == set) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    private static long maxOf(Connection c, String table, String column) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** H2 keeps unquoted names in upper case, PostgreSQL in lower case. */
    private static String catalogName(Connection c, String table) throws SQLException {
        return Dialect.of(c) == Dialect.H2 ? table.toUpperCase(Locale.ROOT) : table;
    }
}
