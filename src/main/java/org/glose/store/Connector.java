package org.glose.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Properties;
import javax.sql.DataSource;
import org.glose.core.project.PasswordException;
import org.glose.core.project.ProjectDamagedException;
import org.glose.core.project.ProjectProblemException;
import org.h2.jdbcx.JdbcDataSource;

/** Connects to a project's H2 file and turns H2's refusals into messages a user can act on. */
final class Connector {

    static final int DATABASE_ALREADY_OPEN = 90020;
    static final int DATABASE_NOT_FOUND = 90146;
    static final int FILE_CORRUPTED = 90030;
    static final int IO_EXCEPTION = 90028;
    static final int FILE_VERSION_ERROR = 90048;
    static final int ENCRYPTION_ERROR = 90049;
    static final int GENERAL_ERROR = 50000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Connector() {
    }

    /** A connection with auto-commit off; {@code fileKey} is null for a project in clear. */
    static Connection connect(Path folder, boolean mustExist, char[] fileKey, boolean readOnly) {
        Properties props = new Properties();
        props.put("user", "");
        char[] password = fileKey == null ? new char[0] : FileKey.h2Password(fileKey);
        props.put("password", password);   // H2 takes a char[], which is cleared below (a String could not be)
        try {
            Connection c = DriverManager.getConnection(ProjectFolder.url(folder, mustExist, fileKey != null,
                    readOnly), props);
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            throw translate(folder, e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** For Flyway, which opens connections of its own to the same database (in this process). */
    static DataSource dataSource(Path folder, char[] fileKey) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(ProjectFolder.url(folder, true, fileKey != null, false));
        ds.setUser("");
        ds.setPasswordChars(fileKey == null ? new char[0] : FileKey.h2Password(fileKey));
        return ds;
    }

    static ProjectProblemException translate(Path folder, SQLException e) {
        if (isDamage(e)) {
            return damaged(folder, "H2 reports: " + firstLine(e), e);
        }
        return switch (e.getErrorCode()) {
            case DATABASE_ALREADY_OPEN -> FolderGuard.openElsewhere(folder, e);
            case DATABASE_NOT_FOUND -> new ProjectProblemException("There is no Glose project at " + folder + ".", e);
            case ENCRYPTION_ERROR -> PasswordException.wrong(folder, e);
            default -> new ProjectProblemException("The project at " + folder + " cannot be opened: " + firstLine(e),
                    e);
        };
    }

    /** True for the errors H2 gives on a file whose content is damaged (rather than locked or missing). */
    static boolean isDamage(SQLException e) {
        int code = e.getErrorCode();
        return code == FILE_CORRUPTED || code == FILE_VERSION_ERROR || code == IO_EXCEPTION
                || code == GENERAL_ERROR && String.valueOf(e.getMessage()).toLowerCase().contains("corrupt");
    }

    /**
     * "The project database at F is damaged (why). Restore its last snapshot (20250114-140233, taken 2025-01-14
     * 14:02) with: glose snapshot restore F 20250114-140233 — or with Snapshots… in the window."
     */
    static ProjectDamagedException damaged(Path folder, String why, Throwable cause) {
        Snapshot last = null;
        try {
            last = Snapshots.of(folder).latest().orElse(null);
        } catch (RuntimeException e) {
            // an unreadable snapshots folder: say there is no snapshot
        }
        String how = last == null
                ? " It has no snapshot: put back a copy of the project folder from your own backups."
                : " Restore its last snapshot (" + last.id() + ", taken " + WHEN.format(last.takenAt()
                        .atZone(ZoneId.systemDefault())) + ") with: glose snapshot restore " + folder + " " + last.id()
                        + " (or with Snapshots… in the window).";
        return new ProjectDamagedException("The project database at " + folder + " is damaged (" + why + ")." + how,
                folder, last == null ? null : last.id(), cause);
    }

    static void closeQuietly(Connection c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // closing after a failure: the first error is the one to report
        }
    }

    /** Clears a key once used: a char array can be emptied, unlike a String. */
    static void clear(char[] key) {
        if (key != null) {
            Arrays.fill(key, '\0');
        }
    }

    static String firstLine(Throwable e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
}
