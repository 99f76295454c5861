package org.glose.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.glose.core.project.OpenProject;
import org.glose.core.project.ProjectProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A team project from an older Glose, opened first by a coder whose role may not alter tables (needs a server). */
class ServerUpgradeTest {

    @RegisterExtension
    final ServerDatabases server = new ServerDatabases();
    private String url;

    @Test
    void aCoderCannotUpgradeTheSchemaIsToldWhoCanAndNothingChangesUntilTheOwnerOpensIt() throws Exception {
        url = server.fresh();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .placeholders(Dialect.POSTGRESQL.placeholders()).target("5").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("INSERT INTO project_meta (meta_key, meta_value) VALUES ('name', 'Entretiens')");
        }
        String coder = PgTestServer.asCoderRole(url);

        assertThatThrownBy(() -> ProjectStores.open(Path.of(coder), null))
                .isInstanceOf(ProjectProblemException.class)
                .hasMessageContaining("needs its tables created or upgraded for this version of Glose")
                .hasMessageContaining("may not do; nothing was changed")
                .hasMessageContaining("Ask the project's owner");
        assertThat(schemaVersion()).isEqualTo("5");

        try (OpenProject owner = new OpenProject(ProjectStores.open(Path.of(url), null))) {
            assertThat(owner.name()).isEqualTo("Entretiens");
        }
        assertThat(schemaVersion()).isNotEqualTo("5");
        try (OpenProject byCoder = new OpenProject(ProjectStores.open(Path.of(coder), null))) {
            assertThat(byCoder.name()).isEqualTo("Entretiens");
        }
    }

    private String schemaVersion() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM flyway_schema_history WHERE success "
                     + "ORDER BY installed_rank DESC LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
