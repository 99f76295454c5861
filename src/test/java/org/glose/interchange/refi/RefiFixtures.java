package org.glose.interchange.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.store.H2ProjectStore;
import org.junit.jupiter.api.Assumptions;
import org.xml.sax.SAXException;

/** Builds QDPX archives in tests, validates against the REFI schemas, reads imported projects back. */
public final class RefiFixtures {

    public static final ProjectFactory FACTORY = (folder, name) -> new OpenProject(H2ProjectStore.create(folder, name));

    private RefiFixtures() {
    }

    /** A zip holding the given entries, in that order. */
    public static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    public static Map<String, byte[]> entries(Object... nameThenContent) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            Object content = nameThenContent[i + 1];
            map.put((String) nameThenContent[i], content instanceof byte[] b ? b
                    : content.toString().getBytes(StandardCharsets.UTF_8));
        }
        return map;
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Fails with the validator's message when the XML does not satisfy the schema (a test resource). */
    public static void assertValid(byte[] xml, String schema) {
        try (InputStream xsd = RefiFixtures.class.getResourceAsStream("/refi-qda/" + schema)) {
            assertThat(xsd).as("schema " + schema + " in test resources").isNotNull();
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            Validator validator = factory.newSchema(new StreamSource(xsd)).newValidator();
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new AssertionError(schema + " rejects the file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static byte[] entry(Path zipFile, String name) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            ZipEntry e = zip.getEntry(name);
            assertThat(e).as("entry " + name).isNotNull();
            try (InputStream in = zip.getInputStream(e)) {
                return in.readAllBytes();
            }
        }
    }

    public static List<String> entryNames(Path zipFile) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            return zip.stream().map(ZipEntry::getName).toList();
        }
    }

    public static LossReport importQdpx(Path qdpx, Path target) {
        return new QdpxImport(FACTORY).importAs(qdpx, target, Progress.NONE, new Cancellation());
    }

    public static void export(OpenProject project, Path out, java.time.Clock clock) {
        new QdpxExport(clock).export(project, out, Progress.NONE, new Cancellation());
    }

    public static OpenProject open(Path folder) {
        return new OpenProject(H2ProjectStore.open(folder));
    }

    /** The real vendor files, or a skipped test when the shared folder is not there (a fresh clone). */
    public static Path vendorSample(String name) {
        Path dir = Path.of(System.getProperty("glose.refiSamples", "../shared/refi-qda/samples"));
        Path file = dir.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "Skipped: the vendor sample " + file.toAbsolutePath()
                + " is not here (../shared/refi-qda/samples is absent in a fresh clone).");
        return file;
    }

    /** "document | code path | coder | quoted text" for every coding, sorted: what a round trip must keep. */
    public static List<String> codingLines(OpenProject p) {
        return p.read(tx -> {
            Codebook book = tx.codes().codebook();
            Map<Long, String> coders = new LinkedHashMap<>();
            tx.coders().list().forEach(c -> coders.put(c.id(), c.name()));
            List<String> lines = new java.util.ArrayList<>();
            for (Document d : tx.documents().list()) {
                String text = tx.documents().text(d.id());
                for (Coding c : tx.codings().list(CodingFilter.ofDocument(d.id()))) {
                    lines.add(d.name() + " | " + book.pathOf(c.codeId()) + " | " + coders.get(c.coderId()) + " | "
                            + c.range() + " | " + c.range().of(text));
                }
            }
            lines.sort(null);
            return lines;
        });
    }

    public static List<String> codeLines(OpenProject p) {
        return p.read(tx -> {
            Codebook book = tx.codes().codebook();
            return book.depthFirst().stream().map((Code c) -> book.pathOf(c.id()) + " | " + c.colour() + " | "
                    + c.description() + " | " + c.details().inclusion() + " | " + c.details().exclusion() + " | "
                    + c.details().example() + " | " + c.guid()).toList();
        });
    }

    public static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
