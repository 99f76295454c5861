package org.glose.store;

import org.junit.jupiter.api.extension.ExtendWith;

/** The unique code name tests again, on a team project on the PostgreSQL test server (skipped without one). */
@ExtendWith(OnServer.class)
class UniqueCodeNameOnServerTest extends UniqueCodeNameTest {
}
