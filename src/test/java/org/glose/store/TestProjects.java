package org.glose.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.glose.core.document.AddDocument;
import org.glose.core.model.Document;
import org.glose.core.model.NewDocument;
import org.glose.core.project.OpenProject;

/** Small projects on a real H2 file for store and command tests. */
public final class TestProjects {

    public static final String TEXT = "La donnée publique est un commun.\nL’État la partage 😀 avec les territoires.";

    private TestProjects() {
    }

    /** A test that sets this (see {@link #onServer}) creates its projects on the PostgreSQL test server. */
    private static volatile boolean onServer;
    private static final java.util.Map<Path, String> SERVER_PROJECTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** From now on {@link #create} makes team projects on the test server (one fresh database each). */
    public static void onServer(boolean server) {
        if (server) {
            PgTestServer.assumeAvailable();
        } else {
            SERVER_PROJECTS.values().forEach(PgTestServer::drop);
            SERVER_PROJECTS.clear();
        }
        onServer = server;
    }

    public static OpenProject create(Path folder) {
        if (onServer) {
            String url = PgTestServer.freshDatabase();
            SERVER_PROJECTS.put(folder, url);
            return new OpenProject(ServerProjectStore.create(ServerUrl.parse(url), "Test", null));
        }
        return new OpenProject(H2ProjectStore.create(folder, "Test"));
    }

    /** Opens again a project made by {@link #create} (in its folder, or on the server). */
    public static OpenProject reopen(Path folder) {
        String url = SERVER_PROJECTS.get(folder);
        return new OpenProject(url != null ? ServerProjectStore.open(ServerUrl.parse(url), null)
                : H2ProjectStore.open(folder));
    }

    public static Document addDocument(OpenProject project, String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return project.execute(new AddDocument(new NewDocument(name, "txt", name, bytes, "sha-" + name, text, null,
                "UTF-8", "fr")));
    }

    public static Document addPagedDocument(OpenProject project, String name, String text, List<Integer> pages) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return project.execute(new AddDocument(new NewDocument(name, "pdf", name, bytes, "sha-" + name, text, pages,
                null, "fr")));
    }
}
