package org.glose.interchange.refi;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a Glose project holds about its documents that REFI-QDA has no place for (original file name, encoding,
 * language, PDF page starts, and the original bytes of a text file when they differ from the UTF-8 plain text),
 * written as {@code glose/extension.json} beside {@code project.qde} so that Glose → QDPX → Glose loses nothing.
 * Other programs ignore it; Glose ignores it when it does not match the project file.
 */
public record GloseExtension(int version, Map<String, DocumentInfo> documents) {

    public static final String ENTRY = "glose/extension.json";
    public static final String ORIGINALS = "glose/originals/";

    /** {@code originalEntry} is the archive path of the original file when it is not a REFI source file. */
    public record DocumentInfo(String originalName, String format, String encoding, String language,
                               List<Integer> pageStarts, String originalEntry) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.INDENT_OUTPUT, true);

    public GloseExtension {
        documents = documents == null ? new TreeMap<>() : new TreeMap<>(documents);
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The extension of an archive, or empty when it has none or it cannot be read (it is only a bonus). */
    public static Optional<GloseExtension> read(QdpxArchive archive) {
        return archive.entry(ENTRY).flatMap(bytes -> {
            try {
                GloseExtension e = JSON.readValue(bytes, GloseExtension.class);
                return e.version() == 1 && e.documents() != null ? Optional.of(e) : Optional.empty();
            } catch (JacksonException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
