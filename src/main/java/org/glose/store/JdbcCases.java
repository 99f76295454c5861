package org.glose.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeType;
import org.glose.core.model.AttributeValue;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.CaseRepository;

final class JdbcCases implements CaseRepository {

    private final Jdbc jdbc;

    JdbcCases(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    private static ProjectCase map(ResultSet rs) throws SQLException {
        return new ProjectCase(rs.getLong("id"), rs.getString("guid"), rs.getString("name"),
                rs.getString("description"));
    }

    private static final String ATTRIBUTE = "SELECT id, guid, name, attr_type FROM attribute ";

    private static Attribute mapAttribute(ResultSet rs) throws SQLException {
        return new Attribute(rs.getLong("id"), rs.getString("guid"), rs.getString("name"),
                AttributeType.valueOf(rs.getString("attr_type")), List.of());
    }

    /** The attributes with their choices (read in one more query, in their order). */
    private List<Attribute> withChoices(List<Attribute> attributes) {
        if (attributes.stream().noneMatch(a -> a.type() == AttributeType.CHOICE)) {
            return attributes;
        }
        Map<Long, List<String>> choices = new HashMap<>();
        jdbc.each("SELECT attribute_id, choice_value FROM attribute_choice ORDER BY attribute_id, sort_order",
                rs -> choices.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
        return attributes.stream().map(a -> a.type() != AttributeType.CHOICE ? a : new Attribute(a.id(), a.guid(),
                a.name(), a.type(), choices.getOrDefault(a.id(), List.of()))).toList();
    }

    @Override
    public List<ProjectCase> list() {
        return jdbc.list("SELECT id, guid, name, description FROM project_case ORDER BY name", JdbcCases::map);
    }

    @Override
    public Optional<ProjectCase> byName(String name) {
        return jdbc.one("SELECT id, guid, name, description FROM project_case WHERE name = ?", JdbcCases::map, name);
    }

    @Override
    public ProjectCase insert(String name, String description, String guid) {
        long id = jdbc.insert("INSERT INTO project_case (guid, name, description) VALUES (?, ?, ?)", guid, name,
                description);
        return new ProjectCase(id, guid, name, description);
    }

    @Override
    public void delete(long caseId) {
        jdbc.update("DELETE FROM project_case WHERE id = ?", caseId);
    }

    @Override
    public List<Long> documentsOf(long caseId) {
        return jdbc.list("SELECT document_id FROM case_document WHERE case_id = ? ORDER BY document_id",
                rs -> rs.getLong(1), caseId);
    }

    @Override
    public List<Long> casesOf(long documentId) {
        return jdbc.list("SELECT case_id FROM case_document WHERE document_id = ? ORDER BY case_id",
                rs -> rs.getLong(1), documentId);
    }

    @Override
    public void assign(long caseId, long documentId) {
        jdbc.update("INSERT INTO case_document (case_id, document_id) VALUES (?, ?)", caseId, documentId);
    }

    @Override
    public void unassign(long caseId, long documentId) {
        jdbc.update("DELETE FROM case_document WHERE case_id = ? AND document_id = ?", caseId, documentId);
    }

    @Override
    public List<Attribute> attributes() {
        return withChoices(jdbc.list(ATTRIBUTE + "ORDER BY name", JdbcCases::mapAttribute));
    }

    @Override
    public Optional<Attribute> attributeByName(String name) {
        return jdbc.one(ATTRIBUTE + "WHERE name = ?", JdbcCases::mapAttribute, name)
                .map(a -> withChoices(List.of(a)).get(0));
    }

    @Override
    public Attribute insertAttribute(String name, String guid, AttributeType type, List<String> choices) {
        long id = jdbc.insert("INSERT INTO attribute (guid, name, attr_type) VALUES (?, ?, ?)", guid, name,
                type.name());
        writeChoices(id, type, choices);
        return new Attribute(id, guid, name, type, type == AttributeType.CHOICE ? choices : List.of());
    }

    @Override
    public void updateAttributeType(long attributeId, AttributeType type, List<String> choices) {
        jdbc.update("UPDATE attribute SET attr_type = ? WHERE id = ?", type.name(), attributeId);
        jdbc.update("DELETE FROM attribute_choice WHERE attribute_id = ?", attributeId);
        writeChoices(attributeId, type, choices);
    }

    private void writeChoices(long attributeId, AttributeType type, List<String> choices) {
        if (type != AttributeType.CHOICE || choices == null || choices.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            rows.add(new Object[] {attributeId, i, choices.get(i)});
        }
        jdbc.batchUpdate("INSERT INTO attribute_choice (attribute_id, sort_order, choice_value) VALUES (?, ?, ?)",
                rows);
    }

    @Override
    public void deleteAttribute(long attributeId) {
        jdbc.update("DELETE FROM attribute WHERE id = ?", attributeId);
    }

    @Override
    public List<AttributeValue> values() {
        return jdbc.list("SELECT case_id, attribute_id, attr_value FROM case_attribute ORDER BY case_id, attribute_id",
                rs -> new AttributeValue(rs.getLong(1), rs.getLong(2), rs.getString(3)));
    }

    @Override
    public Optional<String> value(long caseId, long attributeId) {
        return jdbc.one("SELECT attr_value FROM case_attribute WHERE case_id = ? AND attribute_id = ?",
                rs -> rs.getString(1), caseId, attributeId);
    }

    @Override
    public void setValue(long caseId, long attributeId, String value) {
        jdbc.update("DELETE FROM case_attribute WHERE case_id = ? AND attribute_id = ?", caseId, attributeId);
        if (value != null) {
            jdbc.update("INSERT INTO case_attribute (case_id, attribute_id, attr_value) VALUES (?, ?, ?)", caseId,
                    attributeId, value);
        }
    }
}
