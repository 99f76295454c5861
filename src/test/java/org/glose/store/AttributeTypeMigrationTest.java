package org.glose.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.glose.core.cases.ChangeAttributeType;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeType;
import org.glose.core.project.OpenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V10 on a project of schema V9: its attributes become text, keeping every value; then they can be typed. */
class AttributeTypeMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aV9ProjectKeepsItsAttributeValuesAsTextAttributes() throws Exception {
        Path folder = dir.resolve("old");
        Files.createDirectories(folder);
        String url = "jdbc:h2:file:" + folder.resolve("glose");
        org.flywaydb.core.Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration")
                .placeholders(Dialect.H2.placeholders()).target("9").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "", "")) {
            var st = c.createStatement();
            st.execute("INSERT INTO project_meta (meta_key, meta_value) VALUES ('name', 'Ancien')");
            st.execute("INSERT INTO project_case (id, guid, name) VALUES (1, 'c1', 'Anna'), (2, 'c2', 'Bruno')");
            st.execute("INSERT INTO attribute (id, guid, name) VALUES (1, 'a1', 'age'), (2, 'a2', 'role')");
            st.execute("INSERT INTO case_attribute (case_id, attribute_id, attr_value) VALUES (1, 1, '41'), "
                    + "(2, 1, '35'), (1, 2, 'cadre')");
        }
        try (OpenProject p = new OpenProject(H2ProjectStore.open(folder))) {
            List<Attribute> attributes = p.read(tx -> tx.cases().attributes());
            assertThat(attributes).extracting(Attribute::name, Attribute::type).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("age", AttributeType.TEXT),
                    org.assertj.core.groups.Tuple.tuple("role", AttributeType.TEXT));
            List<org.glose.core.model.AttributeValue> values = p.read(tx -> tx.cases().values());
            assertThat(values).extracting(v -> v.value())
                    .containsExactlyInAnyOrder("41", "35", "cadre");
            p.execute(new ChangeAttributeType("age", AttributeType.NUMBER, List.of()));
            p.execute(new ChangeAttributeType("role", AttributeType.CHOICE, List.of("cadre", "agent")));
        }
        try (OpenProject p = new OpenProject(H2ProjectStore.open(folder))) {
            List<Attribute> attributes = p.read(tx -> tx.cases().attributes());
            assertThat(attributes).extracting(Attribute::type).containsExactly(AttributeType.NUMBER,
                    AttributeType.CHOICE);
            assertThat(attributes.get(1).choices()).containsExactly("cadre", "agent");
        }
    }

    @Test
    void theDatabaseRefusesAnUnknownTypeEvenInTheSessionThatCreatedTheProject() throws Exception {
        Path folder = dir.resolve("neuf");
        try (H2ProjectStore store = H2ProjectStore.create(folder, "Neuf");
             Connection c = DriverManager.getConnection(ProjectFolder.url(folder, true), "", "")) {
            var st = c.createStatement();
            st.execute("INSERT INTO attribute (guid, name, attr_type) VALUES ('a1', 'age', 'NUMBER')");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> st.execute(
                    "INSERT INTO attribute (guid, name, attr_type) VALUES ('a2', 'role', 'BOGUS')"))
                    .isInstanceOf(java.sql.SQLException.class).hasMessageContaining("ATTRIBUTE_KNOWN_TYPE");
        }
    }
}
