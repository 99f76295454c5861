package org.glose.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.glose.core.model.Coder;
import org.glose.core.project.CoderRepository;

final class JdbcCoders implements CoderRepository {

    private static final String COLUMNS = "SELECT id, guid, name FROM coder ";
    private final Jdbc jdbc;
    private final Instant now;

    JdbcCoders(Jdbc jdbc, Instant now) {
        this.jdbc = jdbc;
        this.now = now;
    }

    private static Coder map(ResultSet rs) throws SQLException {
        return new Coder(rs.getLong("id"), rs.getString("guid"), rs.getString("name"));
    }

    @Override
    public List<Coder> list() {
        return jdbc.list(COLUMNS + "ORDER BY name", JdbcCoders::map);
    }

    @Override
    public Optional<Coder> byId(long id) {
        return jdbc.one(COLUMNS + "WHERE id = ?", JdbcCoders::map, id);
    }

    @Override
    public Optional<Coder> byName(String name) {
        return jdbc.one(COLUMNS + "WHERE name = ?", JdbcCoders::map, name);
    }

    @Override
    public Coder insert(String name, String guid) {
        long id = jdbc.insert("INSERT INTO coder (guid, name, created_at) VALUES (?, ?, ?)", guid, name, now);
        return new Coder(id, guid, name);
    }

    @Override
    public void restore(Coder coder) {
        jdbc.update("INSERT INTO coder (id, guid, name, created_at) VALUES (?, ?, ?, ?)", coder.id(), coder.guid(),
                coder.name(), now);
    }

    @Override
    public void delete(long coderId) {
        jdbc.update("DELETE FROM coder WHERE id = ?", coderId);
    }
}
