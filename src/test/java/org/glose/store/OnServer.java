package org.glose.store;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code @ExtendWith(OnServer.class)} on a subclass of a store or command test runs its tests again on team
 * projects on the PostgreSQL test server ({@link TestProjects#onServer}); skipped without a server.
 */
public final class OnServer implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestProjects.onServer(true);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestProjects.onServer(false);
    }
}
