package org.glose.core.coding;

import org.glose.store.OnServer;
import org.junit.jupiter.api.extension.ExtendWith;

/** The coding command tests again, on a team project on the PostgreSQL test server (skipped without one). */
@ExtendWith(OnServer.class)
class CodingCommandsOnServerTest extends CodingCommandsTest {
}
