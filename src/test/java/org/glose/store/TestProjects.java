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

    public static OpenProject create(Path folder) {
        return new OpenProject(H2ProjectStore.create(folder, "Test"));
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
