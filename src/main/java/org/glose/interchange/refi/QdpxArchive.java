package org.glose.interchange.refi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.glose.core.project.InvalidInputException;

/**
 * A QDPX archive opened for reading, treated as hostile: entry names that would escape a folder are refused,
 * and every read is capped in size and in compression ratio (zip bombs). Nothing is ever extracted to disk.
 * Files are found case-insensitively ({@code Sources/} from NVivo, {@code sources/} elsewhere, NOTES §5.2).
 */
public final class QdpxArchive implements AutoCloseable {

    /** Caps on what one archive may make Glose read. */
    public record Limits(long maxEntryBytes, long maxTotalBytes, int maxRatio, int maxEntries) {
        /** REFI caps a file at 2^31−1 bytes (§8.5); a ratio above 100:1 is not text, it is a bomb. */
        public static final Limits DEFAULT = new Limits(Integer.MAX_VALUE, 4L << 30, 100, 100_000);
    }

    private static final long RATIO_ALLOWANCE = 1 << 20;

    private final String fileName;
    private final ZipFile zip;
    private final Limits limits;
    private final Map<String, ZipEntry> byLowerName = new LinkedHashMap<>();
    private final String root;
    private final String qdeName;
    private long totalRead;

    private QdpxArchive(String fileName, ZipFile zip, Limits limits) {
        this.fileName = fileName;
        this.zip = zip;
        this.limits = limits;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        int count = 0;
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (++count > limits.maxEntries()) {
                throw refused("it holds more than " + limits.maxEntries() + " files");
            }
            String name = checkedName(e.getName());
            if (!e.isDirectory()) {
                byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), e);
            }
        }
        String qde = findQde();
        this.qdeName = qde;
        int slash = qde.lastIndexOf('/');
        this.root = slash < 0 ? "" : qde.substring(0, slash + 1);
    }

    public static QdpxArchive open(Path file) {
        return open(file, Limits.DEFAULT);
    }

    public static QdpxArchive open(Path file, Limits limits) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(name + " is a folder, not a QDPX file.");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new InvalidInputException("The file " + file + " does not exist.", e);
        } catch (ZipException e) {
            throw new InvalidInputException(name + " is not a QDPX file: it is not a ZIP archive.", e);
        } catch (IOException e) {
            throw new InvalidInputException(name + " cannot be read: " + e.getMessage() + ".", e);
        }
        try {
            return new QdpxArchive(name, zip, limits);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /** The file name, for messages. */
    public String fileName() {
        return fileName;
    }

    /** The project file's name inside the archive ({@code project.qde}, or {@code <Name>.qde} from ATLAS.ti 26). */
    public String qdeName() {
        return qdeName;
    }

    public byte[] readQde() {
        return read(byLowerName.get(qdeName.toLowerCase(Locale.ROOT)));
    }

    /**
     * The bytes of an internal source file named by a REFI path: {@code internal://<guid>.txt}, a bare file name
     * (qc), or a name with {@code sources/} in front. Empty for external paths ({@code relative://},
     * {@code absolute://}): Glose reads nothing outside the archive.
     */
    public Optional<byte[]> source(String refiPath) {
        return entryFor(refiPath).map(this::read);
    }

    /** True when the path names a file inside the archive that exists. */
    public boolean hasSource(String refiPath) {
        return entryFor(refiPath).isPresent();
    }

    /** A file of the archive by exact relative path (case-insensitive), for Glose's own extension entries. */
    public Optional<byte[]> entry(String path) {
        return Optional.ofNullable(byLowerName.get((root + path).toLowerCase(Locale.ROOT))).map(this::read);
    }

    public static boolean isExternal(String refiPath) {
        String lower = refiPath.strip().toLowerCase(Locale.ROOT);
        return lower.contains("://") && !lower.startsWith("internal://");
    }

    private Optional<ZipEntry> entryFor(String refiPath) {
        if (refiPath == null || refiPath.isBlank() || isExternal(refiPath)) {
            return Optional.empty();
        }
        String name = refiPath.strip();
        if (name.toLowerCase(Locale.ROOT).startsWith("internal://")) {
            name = name.substring("internal://".length());
        }
        name = name.replace('\\', '/');
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        List<String> candidates = new ArrayList<>(List.of(name));
        if (name.contains("%")) {
            try {
                candidates.add(URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException ignored) {
                // not percent-encoded after all
            }
        }
        for (String candidate : candidates) {
            for (String full : List.of(root + "sources/" + candidate, root + candidate)) {
                ZipEntry e = byLowerName.get(full.toLowerCase(Locale.ROOT));
                if (e != null) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    private String findQde() {
        List<String> atRoot = new ArrayList<>();
        List<String> anywhere = new ArrayList<>();
        for (ZipEntry e : byLowerName.values()) {
            String n = e.getName().replace('\\', '/');
            if (n.toLowerCase(Locale.ROOT).endsWith(".qde")) {
                anywhere.add(n);
                if (!n.contains("/")) {
                    atRoot.add(n);
                }
            }
        }
        List<String> found = !atRoot.isEmpty() ? atRoot : anywhere;
        if (found.isEmpty()) {
            throw new InvalidInputException(fileName + " is not a REFI-QDA project: the archive holds no project.qde.");
        }
        return found.stream().filter(n -> n.toLowerCase(Locale.ROOT).endsWith("project.qde")).findFirst()
                .orElseGet(() -> {
                    if (found.size() > 1) {
                        throw new InvalidInputException(fileName + " holds several project files ("
                                + String.join(", ", found) + "); a QDPX has exactly one.");
                    }
                    return found.get(0);
                });
    }

    /** Refuses names that would land outside a folder if extracted (zip slip), whatever the separator. */
    private String checkedName(String raw) {
        String name = raw.replace('\\', '/');
        boolean escapes = name.startsWith("/") || name.matches("^[A-Za-z]:.*") || name.indexOf('\0') >= 0
                || ("/" + name + "/").contains("/../");
        if (escapes) {
            throw refused("its entry \"" + raw + "\" points outside the archive's folder");
        }
        return name;
    }

    private byte[] read(ZipEntry entry) {
        long cap = Math.min(limits.maxEntryBytes(), Integer.MAX_VALUE - 8L);
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long ratioCap = compressed * limits.maxRatio() + RATIO_ALLOWANCE;
        try (InputStream in = zip.getInputStream(entry)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            long size = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                totalRead += n;
                if (size > cap) {
                    throw refused("its file \"" + entry.getName() + "\" is larger than " + cap + " bytes");
                }
                if (size > ratioCap) {
                    throw refused("its file \"" + entry.getName() + "\" expands more than " + limits.maxRatio()
                            + " times (a zip bomb)");
                }
                if (totalRead > limits.maxTotalBytes()) {
                    throw refused("it expands to more than " + limits.maxTotalBytes() + " bytes in all");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (ZipException e) {
            throw new InvalidInputException(fileName + " is damaged: " + entry.getName() + " cannot be read ("
                    + e.getMessage() + ").", e);
        } catch (IOException e) {
            throw new InvalidInputException(fileName + " cannot be read: " + e.getMessage() + ".", e);
        }
    }

    private InvalidInputException refused(String why) {
        return new InvalidInputException(fileName + " is refused: " + why + ".");
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // reading is over; nothing was written
        }
    }
}
