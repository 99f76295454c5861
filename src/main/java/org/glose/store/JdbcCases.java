package org.glose.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.glose.core.model.Attribute;
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

    private static Attribute mapAttribute(ResultSet rs) throws SQLException {
        return new Attribute(rs.getLong("id"), rs.getString("guid"), rs.getString("name"));
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
        return jdbc.list("SELECT id, guid, name FROM attribute ORDER BY name", JdbcCases::mapAttribute);
    }

    @Override
    public Optional<Attribute> attributeByName(String name) {
        return jdbc.one("SELECT id, guid, name FROM attribute WHERE name = ?", JdbcCases::mapAttribute, name);
    }

    @Override
    public Attribute insertAttribute(String name, String guid) {
        long id = jdbc.insert("INSERT INTO attribute (guid, name) VALUES (?, ?)", guid, name);
        return new Attribute(id, guid, name);
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
