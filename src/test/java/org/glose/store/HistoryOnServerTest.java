package org.glose.store;

import org.junit.jupiter.api.extension.ExtendWith;

/** The history tests again, on a team project on the PostgreSQL test server (skipped without one). */
@ExtendWith(OnServer.class)
class HistoryOnServerTest extends HistoryTest {
}
