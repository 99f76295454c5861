package org.glose.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.glose.core.document.AddDocument;
import org.glose.core.model.Document;
import org.glose.core.model.NewDocument;
import org.glose.core.project.OpenProject;
import org.glose.core.search.ProjectSearch;
import org.glose.core.search.SearchResult;
import org.glose.core.search.SearchSpec;
import org.glose.store.H2ProjectStore;

/** A small project with French and English documents and its search, for the search tests. */
public final class SearchFixture implements AutoCloseable {

    public static final String RAPPORT = "L'État et l’État.\nLes Données ouvertes, la donnée publique.\nLa plateforme\n"
            + "données d'intérêt général.";
    public static final String ENTRETIEN = "Une plateforme sans rien.\nLes plateformes publiques de l'État.";
    public static final String INTERVIEW = "The platforms share open data. A platform's data.";

    public final OpenProject project;
    public LuceneSearchIndex index;
    public ProjectSearch search;

    private SearchFixture(OpenProject project) {
        this.project = project;
        openIndex();
    }

    /** An empty project with its index. */
    public static SearchFixture empty(Path folder) {
        return new SearchFixture(new OpenProject(H2ProjectStore.create(folder, "Recherche")));
    }

    /** The three documents rapport.txt, entretien.txt (French) and interview.txt (English). */
    public static SearchFixture threeDocuments(Path folder) {
        SearchFixture f = empty(folder);
        f.add("rapport.txt", RAPPORT, "fr");
        f.add("entretien.txt", ENTRETIEN, "fr");
        f.add("interview.txt", INTERVIEW, "en");
        return f;
    }

    public Document add(String name, String text, String language) {
        return add(name, text, language, null);
    }

    public Document add(String name, String text, String language, List<Integer> pageStarts) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return project.execute(new AddDocument(new NewDocument(name, "txt", name, bytes,
                Integer.toHexString(text.hashCode()), text, pageStarts, "UTF-8", language)));
    }

    public Document document(String name) {
        return project.read(tx -> tx.documents().byName(name)).orElseThrow();
    }

    public SearchResult search(String query) {
        return search(SearchSpec.of(query));
    }

    public SearchResult exact(String query) {
        return search(SearchSpec.of(query).exact(true));
    }

    public SearchResult search(SearchSpec spec) {
        return search.search(spec, ProjectSearch.DEFAULT_LIMIT);
    }

    public List<String> texts(SearchResult result) {
        return result.hits().stream().map(h -> h.text()).toList();
    }

    public void openIndex() {
        index = LuceneSearchIndex.open(project);
        search = new ProjectSearch(project, index);
    }

    public Path indexFolder() {
        return project.location().resolve(IndexFolder.NAME);
    }

    @Override
    public void close() {
        if (index != null) {
            index.close();
        }
        project.close();
    }
}
