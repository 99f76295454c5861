package org.glose.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.glose.core.model.SavedAnalysis;
import org.glose.core.project.SavedAnalysisRepository;

/** The saved_analysis table (V6). */
final class JdbcSavedAnalyses implements SavedAnalysisRepository {

    private static final String SELECT = "SELECT id, name, kind, settings, created_at FROM saved_analysis ";
    private final Jdbc jdbc;

    JdbcSavedAnalyses(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    private static SavedAnalysis row(ResultSet rs) throws SQLException {
        return new SavedAnalysis(rs.getLong("id"), rs.getString("name"), rs.getString("kind"),
                rs.getString("settings"), Jdbc.instant(rs, "created_at"));
    }

    @Override
    public List<SavedAnalysis> list() {
        return jdbc.list(SELECT + "ORDER BY name", JdbcSavedAnalyses::row);
    }

    @Override
    public Optional<SavedAnalysis> byName(String name) {
        return jdbc.one(SELECT + "WHERE name = ?", JdbcSavedAnalyses::row, name);
    }

    @Override
    public SavedAnalysis put(SavedAnalysis a) {
        if (a.id() > 0) {
            jdbc.update("INSERT INTO saved_analysis (id, name, kind, settings, created_at) VALUES (?, ?, ?, ?, ?)",
                    a.id(), a.name(), a.kind(), a.settings(), a.createdAt());
            return a;
        }
        long id = jdbc.insert("INSERT INTO saved_analysis (name, kind, settings, created_at) VALUES (?, ?, ?, ?)",
                a.name(), a.kind(), a.settings(), a.createdAt());
        return new SavedAnalysis(id, a.name(), a.kind(), a.settings(), a.createdAt());
    }

    @Override
    public void delete(long id) {
        jdbc.update("DELETE FROM saved_analysis WHERE id = ?", id);
    }
}
