package org.glose.interchange.refi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.glose.core.model.Document;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.GloseTask;
import org.glose.core.task.Progress;
import org.glose.interchange.refi.GloseExtension.DocumentInfo;

/**
 * Exports a project as a QDPX file (REFI-QDA 1.5 §8): {@code project.qde}, then {@code sources/} with each text
 * as {@code <guid>.txt} (UTF-8) and each original DOCX or PDF as {@code <guid>.docx} / {@code <guid>.pdf}, then
 * Glose's own {@link GloseExtension}. The file is written beside the target and moved over it when complete.
 */
public final class QdpxExport {

    private final Clock clock;

    public QdpxExport(Clock clock) {
        this.clock = clock;
    }

    public GloseTask<Integer> task(OpenProject project, Path out) {
        return new GloseTask<>() {
            @Override
            public String title() {
                return "Exporting " + out.getFileName();
            }

            @Override
            public Integer run(Progress progress, Cancellation cancellation) {
                return export(project, out, progress, cancellation);
            }
        };
    }

    /** Writes the QDPX file; returns the number of documents exported. */
    public int export(OpenProject project, Path out, Progress progress, Cancellation cancellation) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new InvalidInputException(out + " is a folder; give the name of the .qdpx file to write.");
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new InvalidInputException("The folder " + target.getParent() + " does not exist.");
        }
        ExportSnapshot snapshot = ExportSnapshot.of(project);
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                put(zip, "project.qde", o -> new QdeWriter(snapshot, clock.instant()).write(o));
                Map<String, DocumentInfo> info = new LinkedHashMap<>();
                int done = 0;
                for (Document d : snapshot.documents()) {
                    cancellation.throwIfCancelled();
                    progress.update(done++, snapshot.documents().size(), "Exporting " + d.name());
                    info.put(d.guid(), sources(zip, project, d));
                }
                put(zip, GloseExtension.ENTRY, o -> o.write(new GloseExtension(1, info).toJson()));
            }
            move(temp, target);
            progress.update(snapshot.documents().size(), snapshot.documents().size(), "Exported " + out.getFileName());
            return snapshot.documents().size();
        } catch (IOException e) {
            throw new InvalidInputException("Cannot write " + out + ": " + e.getMessage() + ".", e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the export's own error, if any, is the one to report
            }
        }
    }

    /** Writes a document's files; returns what REFI cannot say about it. */
    private DocumentInfo sources(ZipOutputStream zip, OpenProject project, Document d) throws IOException {
        String text = project.read(tx -> tx.documents().text(d.id()));
        byte[] original = project.read(tx -> tx.documents().original(d.id()));
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        put(zip, "sources/" + QdeWriter.textPath(d), o -> o.write(plain));
        String originalEntry = null;
        switch (d.format()) {
            case "pdf" -> put(zip, "sources/" + d.guid() + ".pdf", o -> o.write(original));
            case "docx" -> put(zip, "sources/" + d.guid() + ".docx", o -> o.write(original));
            default -> {
                // a text file in another encoding or with CRLF differs from the normalised text: keep it too
                if (!d.format().equals("txt") || !Arrays.equals(original, plain)) {
                    originalEntry = GloseExtension.ORIGINALS + d.guid() + "." + extension(d);
                    put(zip, originalEntry, o -> o.write(original));
                }
            }
        }
        return new DocumentInfo(d.originalName(), d.format(), d.encoding(), d.language(),
                project.read(tx -> tx.documents().pageStarts(d.id())), originalEntry);
    }

    private static String extension(Document d) {
        String name = d.originalName() == null ? "" : d.originalName();
        int dot = name.lastIndexOf('.');
        String ext = dot >= 0 ? name.substring(dot + 1) : d.format();
        return ext.matches("[A-Za-z0-9]{1,10}") ? ext : d.format();
    }

    private interface Content {
        void write(OutputStream out) throws IOException, XMLStreamException;
    }

    private void put(ZipOutputStream zip, String name, Content content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        // a fixed time (the export's clock) makes two exports of the same project byte-identical
        entry.setTimeLocal(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        zip.putNextEntry(entry);
        try {
            content.write(new NonClosing(zip));
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
        zip.closeEntry();
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Lets a writer close its stream without closing the zip. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
