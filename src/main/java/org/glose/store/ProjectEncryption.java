package org.glose.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.ProjectProblemException;
import org.h2.tools.ChangeFileEncryption;

/**
 * Encrypts a closed project with a password, or decrypts it, with H2's {@link ChangeFileEncryption} (AES). The
 * snapshots and pre-migration backups are converted too, so that no copy of the documents stays in clear in the
 * folder, and the search index (derived, plain text) is deleted: for an encrypted project it lives in memory.
 * The copies are converted before the database, so that an interrupted run can simply be run again.
 */
public final class ProjectEncryption {

    private static final String CIPHER = "AES";
    private static final String ENTRY = ProjectFolder.DATABASE + ".mv.db";

    private ProjectEncryption() {
    }

    public static void encrypt(Path folder, char[] password) {
        ServerUrl.refuseFolderOnly(folder);
        requireProject(folder);
        if (ProjectFolder.isEncrypted(folder)) {
            throw new InvalidInputException("The project at " + folder + " is already encrypted.");
        }
        char[] key = FileKey.derive(password);
        convert(folder, null, key);
    }

    public static void decrypt(Path folder, char[] password) {
        ServerUrl.refuseFolderOnly(folder);
        requireProject(folder);
        if (!ProjectFolder.isEncrypted(folder)) {
            throw new InvalidInputException("The project at " + folder + " is not encrypted.");
        }
        char[] key = FileKey.derive(password);
        convert(folder, key, null);
    }

    private static void requireProject(Path folder) {
        if (!ProjectFolder.isProject(folder)) {
            throw new ProjectProblemException("There is no Glose project at " + folder + ".");
        }
    }

    /** From {@code from} (null: clear) to {@code to} (null: clear), copies first, then the database. */
    private static void convert(Path folder, char[] from, char[] to) {
        FolderGuard.claim(folder);
        try {
            FolderGuard.requireNotOpenElsewhere(folder);
            if (from != null) {
                checkPassword(folder, from);
            }
            for (Path zip : copies(folder)) {
                convertCopy(folder, zip, from, to);
            }
            ChangeFileEncryption.execute(folder.toString(), ProjectFolder.DATABASE, CIPHER, copy(from), copy(to), true);
            if (to != null) {
                Snapshots.deleteTree(ProjectFolder.index(folder));
                Files.deleteIfExists(ProjectFolder.traceFile(folder));
            }
        } catch (SQLException e) {
            throw Connector.translate(folder, e);
        } catch (IOException e) {
            throw new ProjectProblemException("The project at " + folder + " could not be "
                    + (to != null ? "encrypted" : "decrypted") + ": " + e.getMessage(), e);
        } finally {
            FolderGuard.release(folder);
            Arrays.fill(from == null ? new char[0] : from, '\0');
            Arrays.fill(to == null ? new char[0] : to, '\0');
        }
    }

    /** A wrong password must be refused before anything is converted. */
    private static void checkPassword(Path folder, char[] key) {
        try (Connection c = Connector.connect(folder, true, key, true)) {
            c.rollback();
        } catch (SQLException e) {
            throw Connector.translate(folder, e);
        }
    }

    private static List<Path> copies(Path folder) throws IOException {
        List<Path> zips = new ArrayList<>();
        for (Path dir : List.of(ProjectFolder.snapshots(folder), ProjectFolder.backups(folder))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".zip")).forEach(zips::add);
                }
            }
        }
        return zips;
    }

    /** Rewrites one snapshot or backup zip with its database converted; one already converted is left alone. */
    private static void convertCopy(Path folder, Path zip, char[] from, char[] to) throws IOException, SQLException {
        Path work = Files.createDirectories(folder.resolve(".converting"));
        try {
            Path db = work.resolve(ENTRY);
            if (!extract(zip, db) || ProjectFolder.isEncryptedFile(db) == (to != null)) {
                return;
            }
            ChangeFileEncryption.execute(work.toString(), ProjectFolder.DATABASE, CIPHER, copy(from), copy(to), true);
            Path tmp = zip.resolveSibling("." + zip.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream z = new ZipOutputStream(out)) {
                z.putNextEntry(new ZipEntry(ENTRY));
                Files.copy(db, z);
                z.closeEntry();
            }
            Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Snapshots.deleteTree(work);
        }
    }

    /** H2 clears a key array once it has used it (MVStore's FileStore): each call gets its own copy. */
    private static char[] copy(char[] key) {
        return key == null ? null : key.clone();
    }

    private static boolean extract(Path zip, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (e.getName().equals(ENTRY)) {
                    Files.copy(z, target, StandardCopyOption.REPLACE_EXISTING);
                    return true;
                }
            }
        }
        return false;
    }
}
