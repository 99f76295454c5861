package org.glose.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.glose.core.project.ProjectProblemException;

/**
 * Brings a project's schema up to this version of Glose with Flyway. Refuses a schema from a newer Glose; takes
 * an online backup before migrating an existing project, because H2 commits DDL at once and a failed migration
 * cannot be rolled back.
 */
final class SchemaMigrator {

    private SchemaMigrator() {
    }

    static void migrate(Connection connection, DataSource dataSource, Path folder, Dialect dialect) {
        Flyway flyway = flyway(dataSource, dialect);
        refuseNewer(flyway, folder);
        boolean existing = flyway.info().current() != null;
        if (existing && flyway.info().pending().length > 0) {
            backup(connection, folder, flyway.info().current().getVersion().getVersion());
        }
        flyway.migrate();
    }

    /**
     * A team project on a server: the same migrations, no backup of our own (PostgreSQL runs each migration in a
     * transaction, and the lab's pg_dump backups are the copies, docs/team-server.md). Flyway takes an advisory
     * lock, so two clients opening at once migrate once.
     */
    static void migrate(DataSource dataSource, ServerUrl where) {
        Flyway flyway = flyway(dataSource, Dialect.POSTGRESQL);
        refuseNewer(flyway, where);
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw upgradeFailed(where, e);
        }
    }

    /**
     * A coder's role may not create or alter tables (docs/team-server.md): say who can upgrade instead of
     * Flyway's own report. PostgreSQL undid the migration, so nothing changed either way.
     */
    private static ProjectProblemException upgradeFailed(ServerUrl where, FlywayException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "42501".equals(s.getSQLState())) {
                return new ProjectProblemException("The team project at " + where + " needs its tables created or "
                        + "upgraded for this version of Glose, which the role " + where.user() + " may not do; "
                        + "nothing was changed. Ask the project's owner to open it once with this version (or open "
                        + "it with the owner role), see docs/team-server.md.", e);
            }
        }
        return new ProjectProblemException("Upgrading the tables of the team project at " + where + " failed and "
                + "was undone: " + Connector.firstLine(e), e);
    }

    /** For a read-only open: the schema must be exactly this Glose's (nothing to migrate, nothing newer). */
    static void requireCurrent(DataSource dataSource, Path folder, Dialect dialect) {
        Flyway flyway = flyway(dataSource, dialect);
        refuseNewer(flyway, folder);
        if (flyway.info().pending().length > 0) {
            throw new ProjectProblemException("The project at " + folder + " comes from an older Glose: open it once "
                    + "normally to upgrade it before opening it read-only.");
        }
    }

    private static Flyway flyway(DataSource dataSource, Dialect dialect) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(dialect.placeholders())
                .loggers("slf4j")
                .load();
    }

    private static void refuseNewer(Flyway flyway, Object folder) {
        MigrationInfo[] all = flyway.info().all();
        boolean newer = Arrays.stream(all).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            throw new ProjectProblemException("The project at " + folder + " was written by a newer version of Glose "
                    + "(schema " + flyway.info().current().getVersion() + "); update Glose to open it.");
        }
    }

    private static void backup(Connection connection, Path folder, String version) {
        try {
            Path dir = ProjectFolder.backups(folder);
            Files.createDirectories(dir);
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path target = dir.resolve("before-migration-from-V" + version + "-" + stamp + ".zip");
            try (Statement st = connection.createStatement()) {
                st.execute("BACKUP TO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
            }
        } catch (java.io.IOException | SQLException e) {
            throw new ProjectProblemException("Could not back up the project before upgrading it: " + e.getMessage(), e);
        }
    }
}
