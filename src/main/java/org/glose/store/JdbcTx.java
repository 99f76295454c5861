package org.glose.store;

import java.sql.Connection;
import java.time.Instant;
import org.glose.core.project.Action;
import org.glose.core.project.CaseRepository;
import org.glose.core.project.CodeRepository;
import org.glose.core.project.CoderRepository;
import org.glose.core.project.CodingRepository;
import org.glose.core.project.DocumentRepository;
import org.glose.core.project.HistoryRepository;
import org.glose.core.project.MemoRepository;
import org.glose.core.project.Tx;

/** The repositories of one transaction, all on the same connection. */
final class JdbcTx implements Tx {

    private final Instant now;
    private final JdbcCases cases;
    private final JdbcMemos memos;
    private final JdbcDocuments documents;
    private final JdbcCodes codes;
    private final JdbcCodings codings;
    private final JdbcCoders coders;
    private final JdbcHistory history;
    private final JdbcSavedQueries savedQueries;
    private final JdbcSavedAnalyses savedAnalyses;
    private final String actor;
    private final Jdbc jdbc;
    private final RowVersions.Session versions;

    JdbcTx(Connection connection, Instant now) {
        this(connection, now, Action.unnamed());
    }

    JdbcTx(Connection connection, Instant now, Action action) {
        this(connection, now, action, new RowVersions().session(true));
    }

    /** {@code versions}: the open store's optimistic-locking bookkeeping for this transaction. */
    JdbcTx(Connection connection, Instant now, Action action, RowVersions.Session versions) {
        Jdbc jdbc = new Jdbc(connection);
        this.jdbc = jdbc;
        this.versions = versions;
        this.now = now;
        this.actor = action.actor();
        this.history = new JdbcHistory(jdbc, now, action);
        this.cases = new JdbcCases(jdbc);
        this.memos = new JdbcMemos(jdbc);
        this.codings = new JdbcCodings(jdbc, history, versions);
        this.documents = new JdbcDocuments(jdbc, cases, memos, history, codings);
        this.codes = new JdbcCodes(jdbc, now, history, codings, versions);
        this.coders = new JdbcCoders(jdbc, now);
        this.savedQueries = new JdbcSavedQueries(jdbc);
        this.savedAnalyses = new JdbcSavedAnalyses(jdbc);
    }

    /** The transaction's own JDBC access, for whole-project work inside the store (copying a project). */
    Jdbc jdbc() {
        return jdbc;
    }

    /** What the open store has seen of the project (row versions, its revision), for this transaction. */
    RowVersions.Session versions() {
        return versions;
    }

    @Override
    public DocumentRepository documents() {
        return documents;
    }

    @Override
    public CodeRepository codes() {
        return codes;
    }

    @Override
    public CodingRepository codings() {
        return codings;
    }

    @Override
    public CoderRepository coders() {
        return coders;
    }

    @Override
    public CaseRepository cases() {
        return cases;
    }

    @Override
    public MemoRepository memos() {
        return memos;
    }

    @Override
    public org.glose.core.project.SavedQueryRepository savedQueries() {
        return savedQueries;
    }

    @Override
    public org.glose.core.project.SavedAnalysisRepository savedAnalyses() {
        return savedAnalyses;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public HistoryRepository history() {
        return history;
    }

    @Override
    public String actor() {
        return actor;
    }
}
