package org.glose.interchange.codebook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.glose.core.model.Codebook;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;

/** Writes a project's codebook to a file as QDC, CSV or Markdown; the file appears only when complete. */
public final class CodebookExport {

    public enum Format {
        QDC, CSV, MD;

        public static Format parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("The codebook format \"" + s + "\" is unknown: use qdc, csv or md.");
            }
        }
    }

    private CodebookExport() {
    }

    /** Returns the number of codes written. */
    public static int write(OpenProject project, Format format, Path out) {
        Codebook book = project.read(tx -> tx.codes().codebook());
        Map<Long, Integer> counts = project.read(tx -> tx.codings().countByCode());
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new InvalidInputException(out + " is a folder; give the name of the file to write.");
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new InvalidInputException("The folder " + target.getParent() + " does not exist.");
        }
        if (format == Format.QDC && book.size() == 0) {
            throw new InvalidInputException("The codebook is empty: there is nothing to export.");
        }
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            try (OutputStream o = Files.newOutputStream(temp)) {
                switch (format) {
                    case QDC -> QdcWriter.write(book, o);
                    case CSV -> withWriter(o, w -> CodebookCsv.write(book, counts, w));
                    case MD -> withWriter(o, w -> CodebookMarkdown.write(project.name(), book, counts, w));
                    default -> throw new IllegalStateException(format.name());
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            return book.size();
        } catch (IOException | XMLStreamException e) {
            throw new InvalidInputException("Cannot write " + out + ": " + e.getMessage() + ".", e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the write's own error, if any, is the one to report
            }
        }
    }

    private interface WriterWork {
        void run(Writer w) throws IOException;
    }

    private static void withWriter(OutputStream o, WriterWork work) throws IOException {
        Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
        work.run(w);
        w.flush();
    }
}
