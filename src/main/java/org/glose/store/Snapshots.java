package org.glose.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.ProjectProblemException;

/**
 * The snapshots of a project folder ({@code snapshots/}): taken online with H2's {@code BACKUP TO} (a
 * consistent copy while the project is open; an encrypted database stays encrypted in it, checked on H2
 * 2.3.232), listed, pruned (the last {@value #KEEP_RECENT} automatic ones, then the newest of each older day),
 * restored into the closed project.
 */
public final class Snapshots {

    /** Automatic snapshots kept whatever their age; older ones keep one per day. */
    public static final int KEEP_RECENT = 10;
    private static final Pattern NAME = Pattern.compile("(\\d{8}-\\d{6}(?:-\\d+)?)_([a-z-]+)\\.zip");
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String ENTRY = ProjectFolder.DATABASE + ".mv.db";

    private final Path folder;
    private final Clock clock;

    Snapshots(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    public static Snapshots of(Path folder) {
        ServerUrl.refuseFolderOnly(folder);
        return new Snapshots(folder, Clock.systemDefaultZone());
    }

    /** All snapshots, newest first. */
    public List<Snapshot> list() {
        Path dir = ProjectFolder.snapshots(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Snapshot> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> parse(f).ifPresent(found::add));
        } catch (IOException e) {
            throw new ProjectProblemException("The snapshots of " + folder + " cannot be listed: " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(Snapshot::takenAt).thenComparing(Snapshot::id).reversed());
        return found;
    }

    public Optional<Snapshot> latest() {
        return list().stream().findFirst();
    }

    /** The snapshot with this id, or the only one whose id starts with it. */
    public Snapshot find(String id) {
        List<Snapshot> all = list();
        Optional<Snapshot> exact = all.stream().filter(s -> s.id().equals(id)).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        List<Snapshot> prefixed = all.stream().filter(s -> !id.isEmpty() && s.id().startsWith(id)).toList();
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        throw new InvalidInputException(prefixed.isEmpty()
                ? "There is no snapshot " + id + " of the project at " + folder + " (glose snapshot list shows them)."
                : "Several snapshots start with " + id + ": give more of the id.");
    }

    private Optional<Snapshot> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        Snapshot.Kind kind = m.matches() ? Snapshot.Kind.ofTag(m.group(2)) : null;
        if (kind == null) {
            return Optional.empty();
        }
        try {
            Instant at = LocalDateTime.parse(m.group(1).substring(0, 15), ID).atZone(clock.getZone()).toInstant();
            return Optional.of(new Snapshot(m.group(1), at, kind, Files.size(file), file));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    /** Takes a snapshot through the open connection; the caller holds the store's lock (no transaction open). */
    Snapshot take(Connection connection, Snapshot.Kind kind) {
        Path tmp = null;
        try {
            Path target = newFile(kind);
            tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
            try (Statement st = connection.createStatement()) {
                st.execute("BACKUP TO '" + tmp.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            // a crash during BACKUP leaves only a hidden .tmp file, never a half snapshot that looks whole
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            if (kind == Snapshot.Kind.AUTO) {
                prune();
            }
            return parse(target).orElseThrow();
        } catch (IOException | SQLException e) {
            deleteQuietly(tmp);
            throw new ProjectProblemException("The snapshot of " + folder + " could not be written: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** A snapshot of the database file as it is on disk (the project closed, perhaps damaged): a plain zip copy. */
    Snapshot copyClosed(Snapshot.Kind kind) throws IOException {
        Path target = newFile(kind);
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(ENTRY));
            Files.copy(ProjectFolder.databaseFile(folder), zip);
            zip.closeEntry();
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        return parse(target).orElseThrow();
    }

    private Path newFile(Snapshot.Kind kind) throws IOException {
        Path dir = Files.createDirectories(ProjectFolder.snapshots(folder));
        String base = ID.format(LocalDateTime.now(clock));
        Set<String> taken = new HashSet<>();
        list().forEach(s -> taken.add(s.id()));
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return dir.resolve(id + "_" + kind.tag() + ".zip");
    }

    /** Keeps the newest {@value #KEEP_RECENT} automatic snapshots, then the newest automatic one of each day. */
    void prune() {
        List<Snapshot> autos = list().stream().filter(s -> s.kind() == Snapshot.Kind.AUTO).toList();
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < autos.size(); i++) {
            Snapshot s = autos.get(i);
            boolean firstOfDay = days.add(LocalDate.ofInstant(s.takenAt(), clock.getZone()));
            if (i >= KEEP_RECENT && !firstOfDay) {
                deleteQuietly(s.file());
            }
        }
    }

    /**
     * Replaces the closed project's database with a snapshot. The current file is first kept aside as a
     * before-restore snapshot (even a damaged one: it is copied byte for byte), so a restore can be undone by
     * restoring that one. Returns the before-restore snapshot, if there was a file to keep.
     */
    public Optional<Snapshot> restore(String id) {
        Snapshot chosen = find(id);
        FolderGuard.claim(folder);
        try {
            FolderGuard.requireNotOpenElsewhere(folder);
            Path incoming = folder.resolve("." + ENTRY + ".restoring");
            extract(chosen, incoming);
            Optional<Snapshot> before = Optional.empty();
            if (Files.exists(ProjectFolder.databaseFile(folder))) {
                before = Optional.of(copyClosed(Snapshot.Kind.BEFORE_RESTORE));
            }
            Files.move(incoming, ProjectFolder.databaseFile(folder), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            // the restored file holds fewer changes than the marker counts, by design; the index is of the old text
            CommitMarker.remove(folder);
            deleteTree(ProjectFolder.index(folder));
            return before;
        } catch (IOException e) {
            throw new ProjectProblemException("The snapshot " + chosen.id() + " could not be restored into " + folder
                    + ": " + e.getMessage(), e);
        } finally {
            FolderGuard.release(folder);
        }
    }

    /**
     * Opens a snapshot read-only in a temporary folder (deleted when the store is closed): what the window offers
     * when the project itself is open in another program. The project's folder is only read.
     */
    public H2ProjectStore openReadOnlyCopy(String id, char[] password) {
        Snapshot chosen = find(id);
        Path temp = null;
        try {
            temp = Files.createTempDirectory("glose-snapshot-");
            extract(chosen, ProjectFolder.databaseFile(temp));
            return H2ProjectStore.openCopy(temp, password);
        } catch (IOException | RuntimeException e) {
            try {
                deleteTree(temp);
            } catch (IOException ignored) {
                // the first failure is the one to report
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new ProjectProblemException("The snapshot " + chosen.id() + " cannot be opened: " + e.getMessage(),
                    e);
        }
    }

    /** Copies the snapshot's database file to {@code target}, refusing a zip that does not hold one. */
    void extract(Snapshot snapshot, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(snapshot.file()); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(ENTRY)) {
                    // only this one entry, to a fixed name: nothing in the zip chooses where it is written
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                    if (!DatabaseHeader.looksValid(target)) {
                        deleteQuietly(target);
                        throw new IOException("the snapshot's database is damaged");
                    }
                    return;
                }
            }
        }
        throw new IOException("the snapshot file holds no database");
    }

    static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover hidden file is ignored by list()
            }
        }
    }
}
