package org.glose.store;

import java.sql.Connection;
import java.time.Instant;
import org.glose.core.project.CaseRepository;
import org.glose.core.project.CodeRepository;
import org.glose.core.project.CoderRepository;
import org.glose.core.project.CodingRepository;
import org.glose.core.project.DocumentRepository;
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

    JdbcTx(Connection connection, Instant now) {
        Jdbc jdbc = new Jdbc(connection);
        this.now = now;
        this.cases = new JdbcCases(jdbc);
        this.memos = new JdbcMemos(jdbc);
        this.documents = new JdbcDocuments(jdbc, cases, memos);
        this.codes = new JdbcCodes(jdbc, now);
        this.codings = new JdbcCodings(jdbc);
        this.coders = new JdbcCoders(jdbc, now);
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
    public Instant now() {
        return now;
    }
}
