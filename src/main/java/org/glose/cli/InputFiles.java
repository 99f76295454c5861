package org.glose.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.glose.core.project.InvalidInputException;

/** Opens the files a command reads (codebooks, CSV), refusing a missing or unreadable one in one sentence. */
final class InputFiles {

    private InputFiles() {
    }

    static InputStream open(Path file) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file + " is a folder, not a file.");
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("The file " + file + " does not exist.");
        } catch (AccessDeniedException e) {
            throw new InvalidInputException("The file " + file + " cannot be read (permission denied).");
        } catch (IOException e) {
            throw new InvalidInputException("The file " + file + " cannot be read: " + e.getMessage() + ".");
        }
    }

    /** A UTF-8 text file (a leading byte order mark is skipped); invalid UTF-8 is refused when read. */
    static Reader utf8(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), decoder));
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            reader.close();
            throw notUtf8(file);
        }
        return reader;
    }

    /** What reads a CSV file; may throw IOException. */
    interface CsvReading<T> {
        T read(Reader in) throws IOException;
    }

    /**
     * Reads a UTF-8 CSV file with {@code reading}, turning encoding errors and commons-csv's header complaints
     * (a duplicate column...) into one-sentence refusals.
     */
    static <T> T readCsv(Path file, CsvReading<T> reading) throws IOException {
        try (Reader in = utf8(file)) {
            return reading.read(in);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw notUtf8(file);
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw notUtf8(file);
            }
            throw new InvalidInputException("The file " + file + " is not valid CSV: " + e.getCause().getMessage()
                    + ".");
        } catch (InvalidInputException e) {
            if (e.getCause() instanceof java.io.UncheckedIOException u
                    && u.getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw notUtf8(file);
            }
            throw e;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("The file " + file + " is not valid CSV: " + e.getMessage()
                    + (e.getMessage() != null && e.getMessage().endsWith(".") ? "" : "."));
        }
    }

    static InvalidInputException notUtf8(Path file) {
        return new InvalidInputException("The file " + file + " is not UTF-8 text.");
    }
}
