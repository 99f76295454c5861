package org.glose.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The entries of a ZIP package (ODT, ODS, EPUB) read from memory: the names of all entries and the bytes of the
 * wanted ones. An entry that inflates beyond {@link #MAX_ENTRY_BYTES} is refused, so that a "ZIP bomb" cannot
 * exhaust memory.
 */
public final class ZipContent {

    /** Far above any real content.xml or chapter; a larger entry is almost certainly hostile. */
    public static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

    private final List<String> names;
    private final Map<String, byte[]> entries;

    private ZipContent(List<String> names, Map<String, byte[]> entries) {
        this.names = Collections.unmodifiableList(names);
        this.entries = Collections.unmodifiableMap(entries);
    }

    /**
     * Reads the package, keeping the bytes of the entries whose name {@code wanted} accepts.
     *
     * @throws IOException when the bytes are not a readable ZIP (corrupt, truncated) or an entry is too large
     */
    public static ZipContent read(byte[] zip, Predicate<String> wanted) throws IOException {
        List<String> names = new ArrayList<>();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                names.add(entry.getName());
                if (!entry.isDirectory() && wanted.test(entry.getName())) {
                    entries.put(entry.getName(), readBounded(in));
                }
            }
        } catch (IllegalArgumentException e) {   // malformed entry names
            throw new IOException(e.getMessage(), e);
        }
        if (names.isEmpty()) {
            throw new IOException("no ZIP entries");
        }
        return new ZipContent(names, entries);
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > MAX_ENTRY_BYTES) {
                throw new OversizedEntryException();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** All entry names, in the order of the package. */
    public List<String> names() {
        return names;
    }

    public boolean has(String name) {
        return names.contains(name);
    }

    /** The bytes of a wanted entry; empty when the package lacks it. */
    public Optional<byte[]> entry(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** An entry that inflates beyond {@link #MAX_ENTRY_BYTES}: a zip bomb, not a document. */
    public static final class OversizedEntryException extends IOException {
        OversizedEntryException() {
            super("an entry is larger than " + MAX_ENTRY_BYTES + " bytes");
        }
    }
}
