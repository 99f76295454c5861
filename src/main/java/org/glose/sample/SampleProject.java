package org.glose.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.glose.core.coding.CodingRow;
import org.glose.core.coding.ImportCodebook;
import org.glose.core.coding.ImportCodings;
import org.glose.core.model.Document;
import org.glose.core.project.OpenProject;
import org.glose.importer.DocumentReaders;
import org.glose.importer.ImportOutcome;
import org.glose.importer.ProjectImporter;
import org.glose.interchange.codebook.CodebookYaml;
import org.glose.store.H2ProjectStore;

/**
 * The project a first launch opens: the three sample documents (offer as DOCX, report as PDF, study as TXT), the
 * sample codebook and example codings by two coders, all read from resources inside the jar.
 */
public final class SampleProject {

    public static final String NAME = "Exemple — plateformes de données d'intérêt général";
    public static final List<String> DOCUMENTS =
            List.of("offre-de-stage.docx", "conference-plateformes-2019.pdf", "ingechef-data-gouv-terr.txt");
    private static final String BASE = "/org/glose/sample/";

    private SampleProject() {
    }

    /** Creates the sample project in {@code folder} (which must not hold a project) and returns it open. */
    public static OpenProject create(Path folder) {
        OpenProject project = new OpenProject(H2ProjectStore.create(folder, NAME));
        try {
            fill(project);
        } catch (RuntimeException e) {
            project.close();
            throw e;
        }
        return project;
    }

    /** Imports the sample documents, codebook and codings into an open, empty project. */
    public static void fill(OpenProject project) {
        ProjectImporter importer = new ProjectImporter(project, DocumentReaders.load());
        for (String name : DOCUMENTS) {
            ImportOutcome outcome = importer.importFile(Path.of(name), resource("corpus/" + name));
            if (outcome.refused()) {
                throw new IllegalStateException("The sample document could not be imported: " + outcome.message());
            }
        }
        try (InputStream in = stream("codebook/glose-sample-codebook.yaml")) {
            project.execute(new ImportCodebook(CodebookYaml.read(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        project.execute(new ImportCodings(codings(project)));
        project.history().clear();
    }

    /** The example codings, their quotes found in the imported texts (whitespace runs match flexibly). */
    static List<CodingRow> codings(OpenProject project) {
        List<CodingRow> rows = new ArrayList<>();
        try (Reader in = new InputStreamReader(stream("sample-codings.csv"), StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .build())) {
            for (CSVRecord r : csv) {
                String docName = r.get("document");
                Document doc = project.read(tx -> tx.documents().byName(docName)).orElseThrow();
                String text = project.read(tx -> tx.documents().text(doc.id()));
                Matcher m = quotePattern(r.get("quote")).matcher(text);
                if (!m.find()) {
                    throw new IllegalStateException("Sample quote not found in " + docName + ": " + r.get("quote"));
                }
                rows.add(new CodingRow(r.getRecordNumber() + 1, docName, m.start(), m.end(), r.get("code"),
                        r.get("coder")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Pattern quotePattern(String quote) {
        String[] words = quote.strip().split("\\s+");
        List<String> quoted = new ArrayList<>();
        for (String w : words) {
            quoted.add(Pattern.quote(w));
        }
        return Pattern.compile(String.join("\\s+", quoted));
    }

    private static byte[] resource(String path) {
        try (InputStream in = stream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String path) {
        InputStream in = SampleProject.class.getResourceAsStream(BASE + path);
        if (in == null) {
            throw new IllegalStateException("The sample resource " + path + " is missing from the application.");
        }
        return in;
    }
}
