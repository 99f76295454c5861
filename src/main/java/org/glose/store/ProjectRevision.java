package org.glose.store;

import org.glose.core.project.Tx;

/**
 * A project's revision: how many changes were committed to it (project_meta.commit_count, raised by every
 * committed write in a folder and on a server alike). A window showing a team project asks now and then whether
 * other coders changed it ({@link #othersChanged}), one cheap query, and reloads its views when they did.
 */
public final class ProjectRevision {

    private ProjectRevision() {
    }

    /** The number of changes committed to the project so far. */
    public static long latest(Tx tx) {
        return read(jdbc(tx));
    }

    /**
     * True when other clients committed changes since this one last looked or last committed its own; always
     * false for a project folder, which only one program writes at a time.
     */
    public static boolean othersChanged(Tx tx) {
        return isShared(tx) && ((JdbcTx) tx).versions().othersChangedSince(read(jdbc(tx)));
    }

    /** True for a team project on a server, which other clients may change at any moment. */
    public static boolean isShared(Tx tx) {
        return jdbc(tx).dialect() == Dialect.POSTGRESQL;
    }

    /** Raises the revision by one inside a write on the server; returns the new one (-1 without a counter). */
    static long raise(Jdbc jdbc) {
        jdbc.update("UPDATE project_meta SET meta_value = CAST(CAST(meta_value AS BIGINT) + 1 AS VARCHAR(40)) "
                + "WHERE meta_key = 'commit_count'");
        return read(jdbc);
    }

    private static long read(Jdbc jdbc) {
        return jdbc.one("SELECT meta_value FROM project_meta WHERE meta_key = 'commit_count'",
                rs -> Long.parseLong(rs.getString(1).strip())).orElse(-1L);
    }

    private static Jdbc jdbc(Tx tx) {
        if (!(tx instanceof JdbcTx j)) {
            throw new IllegalArgumentException("Not a transaction of a Glose store: " + tx);
        }
        return j.jdbc();
    }
}
