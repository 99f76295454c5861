package org.glose.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.glose.core.project.ProjectProblemException;

/**
 * The layout of a project folder: {@code glose.mv.db} (the only truth), {@code snapshots/}, {@code backups/},
 * {@code index/} (derived), {@code lock.json} (who has it open) and {@code glose.commits} (how many changes the
 * file must hold, to detect one that lost some).
 */
public final class ProjectFolder {

    static final String DATABASE = "glose";
    /** The first bytes of an H2 file encrypted with CIPHER=AES. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private ProjectFolder() {
    }

    public static Path databaseFile(Path folder) {
        return folder.resolve(DATABASE + ".mv.db");
    }

    public static Path backups(Path folder) {
        return folder.resolve("backups");
    }

    public static Path snapshots(Path folder) {
        return folder.resolve("snapshots");
    }

    /** The search index: derived from the database, safe to delete, never on disk for an encrypted project. */
    public static Path index(Path folder) {
        return folder.resolve("index");
    }

    public static Path lockFile(Path folder) {
        return folder.resolve("lock.json");
    }

    static Path commitMarker(Path folder) {
        return folder.resolve(DATABASE + ".commits");
    }

    static Path traceFile(Path folder) {
        return folder.resolve(DATABASE + ".trace.db");
    }

    public static boolean isProject(Path folder) {
        return Files.isRegularFile(databaseFile(folder));
    }

    /**
     * True when the project's database file is encrypted (it then needs a password to open). For a project open in
     * this process the file is not read: that would unlock it (see {@link FolderGuard#requireNotClaimed}).
     */
    public static boolean isEncrypted(Path folder) {
        return FolderGuard.encryptionIfOpenHere(folder).orElseGet(() -> isEncryptedFile(databaseFile(folder)));
    }

    static boolean isEncryptedFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isEncryptedHead(byte[] head) {
        return head.length >= ENCRYPTED_HEADER.length
                && Arrays.equals(head, 0, ENCRYPTED_HEADER.length, ENCRYPTED_HEADER, 0, ENCRYPTED_HEADER.length);
    }

    static String url(Path folder, boolean mustExist) {
        return url(folder, mustExist, false, false);
    }

    static String url(Path folder, boolean mustExist, boolean encrypted, boolean readOnly) {
        String path = folder.toAbsolutePath().resolve(DATABASE).toString();
        if (path.contains(";")) {
            // H2 reads ';' in a URL as the start of a setting and offers no escape
            throw new ProjectProblemException("Glose cannot use a project folder whose path contains ';' (" + folder
                    + "): rename or move it.");
        }
        // WRITE_DELAY=0: every commit reaches the file before the action returns (H2 waits 500 ms by default);
        // H2Transactions also forces it to the disk. An encrypted project writes no trace file: it could hold
        // SQL text with passages of the documents in clear.
        return "jdbc:h2:file:" + path + ";WRITE_DELAY=0"
                + (mustExist ? ";IFEXISTS=TRUE" : "")
                + (encrypted ? ";CIPHER=AES;TRACE_LEVEL_FILE=0" : "")
                + (readOnly ? ";ACCESS_MODE_DATA=r" : "");
    }
}
