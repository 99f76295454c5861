package org.glose.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.glose.core.project.ProjectLockedException;

/**
 * Keeps one user of a project folder at a time. H2 lets one JVM connect twice to a file, so the folders open in
 * this process are kept here too (a second window must be refused as well); operations on a closed project
 * (restore, encryption) claim the folder here and check that no other program holds H2's file lock.
 */
final class FolderGuard {

    /** Folders open or being worked on in this process. */
    private static final Set<Path> CLAIMED = ConcurrentHashMap.newKeySet();
    /** Of the folders open here, which are encrypted: known without reading their file (see below). */
    private static final Map<Path, Boolean> OPEN_ENCRYPTED = new ConcurrentHashMap<>();

    private FolderGuard() {
    }

    static void claim(Path folder) {
        if (!CLAIMED.add(key(folder))) {
            throw openHere(folder);
        }
    }

    /**
     * Refuses to read the database file of a folder this process has open (or is working on). H2's file lock is a
     * POSIX lock on Linux, which a process loses as soon as it closes any descriptor of the file: one peek at
     * the file's header would let a second program open it and write beside this one, and this one would
     * later write over that program's commits.
     */
    static void requireNotClaimed(Path folder) {
        if (CLAIMED.contains(key(folder))) {
            throw openHere(folder);
        }
    }

    private static ProjectLockedException openHere(Path folder) {
        return new ProjectLockedException("The project at " + folder
                + " is already open in this Glose (another window or command); close it there first.", folder, null);
    }

    static void release(Path folder) {
        OPEN_ENCRYPTED.remove(key(folder));
        CLAIMED.remove(key(folder));
    }

    /** Records that a claimed folder is now open, and whether its database is encrypted. */
    static void opened(Path folder, boolean encrypted) {
        OPEN_ENCRYPTED.put(key(folder), encrypted);
    }

    /**
     * Whether a folder open in this process is encrypted, answered without reading its file; empty for a folder
     * this process does not hold. Refuses one claimed by an operation in progress (an open, a restore).
     */
    static Optional<Boolean> encryptionIfOpenHere(Path folder) {
        Boolean encrypted = OPEN_ENCRYPTED.get(key(folder));
        if (encrypted != null) {
            return Optional.of(encrypted);
        }
        requireNotClaimed(folder);
        return Optional.empty();
    }

    /** Refuses, naming the holder, when another program has the database open (it holds H2's file lock). */
    static void requireNotOpenElsewhere(Path folder) {
        Path db = ProjectFolder.databaseFile(folder);
        if (!Files.exists(db)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(db, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw openElsewhere(folder, null);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw openElsewhere(folder, e);
        } catch (IOException e) {
            // unreadable or read-only file: the operation itself will report it clearly
        }
    }

    /** "The project at F is open in another program (alice on host lab-3, since 14:02); close it there first." */
    static ProjectLockedException openElsewhere(Path folder, Throwable cause) {
        String holder = LockFile.read(folder).map(l -> " (" + l.describe(ZoneId.systemDefault()) + ")").orElse("");
        return new ProjectLockedException("The project at " + folder + " is open in another program" + holder
                + "; close it there first.", folder, cause);
    }

    private static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}
