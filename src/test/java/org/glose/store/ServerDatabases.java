package org.glose.store;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code @RegisterExtension final ServerDatabases server = new ServerDatabases();}: fresh databases on the
 * PostgreSQL test server for one test ({@link #fresh}, which skips the test without a server), dropped after it
 * with the coder roles it made.
 */
public final class ServerDatabases implements AfterEachCallback {

    private final List<String> made = new ArrayList<>();

    /** A new empty database; its URL, with the test role's credentials. */
    public String fresh() {
        String url = PgTestServer.freshDatabase();
        made.add(url);
        return url;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        made.forEach(PgTestServer::dropWithRoles);
        made.clear();
    }
}
