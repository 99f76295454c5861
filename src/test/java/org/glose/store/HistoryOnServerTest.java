package org.glose.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The history tests again, on a team project on the PostgreSQL test server (skipped without one). */
class HistoryOnServerTest extends HistoryTest {

    @BeforeAll
    static void onServer() {
        TestProjects.onServer(true);
    }

    @AfterAll
    static void backToFolders() {
        TestProjects.onServer(false);
    }
}
