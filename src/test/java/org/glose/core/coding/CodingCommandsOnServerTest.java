package org.glose.core.coding;

import org.glose.store.TestProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The coding command tests again, on a team project on the PostgreSQL test server (skipped without one). */
class CodingCommandsOnServerTest extends CodingCommandsTest {

    @BeforeAll
    static void onServer() {
        TestProjects.onServer(true);
    }

    @AfterAll
    static void backToFolders() {
        TestProjects.onServer(false);
    }
}
