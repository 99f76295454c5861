package org.glose.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.glose.core.model.SavedQuery;
import org.glose.core.project.SavedQueryRepository;

final class JdbcSavedQueries implements SavedQueryRepository {

    private static final String COLUMNS = "SELECT id, name, spec, created_at FROM saved_query ";
    private final Jdbc jdbc;

    JdbcSavedQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    private static SavedQuery map(ResultSet rs) throws SQLException {
        return new SavedQuery(rs.getLong("id"), rs.getString("name"), rs.getString("spec"),
                Jdbc.instant(rs, "created_at"));
    }

    @Override
    public List<SavedQuery> list() {
        return jdbc.list(COLUMNS + "ORDER BY name", JdbcSavedQueries::map);
    }

    @Override
    public Optional<SavedQuery> byName(String name) {
        return jdbc.one(COLUMNS + "WHERE name = ?", JdbcSavedQueries::map, name);
    }

    @Override
    public SavedQuery insert(String name, String spec, Instant createdAt) {
        long id = jdbc.insert("INSERT INTO saved_query (name, spec, created_at) VALUES (?, ?, ?)", name, spec,
                createdAt);
        return new SavedQuery(id, name, spec, createdAt);
    }

    @Override
    public void restore(SavedQuery query) {
        jdbc.update("INSERT INTO saved_query (id, name, spec, created_at) VALUES (?, ?, ?, ?)", query.id(),
                query.name(), query.spec(), query.createdAt());
    }

    @Override
    public void delete(long id) {
        jdbc.update("DELETE FROM saved_query WHERE id = ?", id);
    }
}
