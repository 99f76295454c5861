package org.glose.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * {@code glose.commits}: the number of changes committed to the project, written after each commit. H2 opens a
 * truncated or partly overwritten file without a word by falling back to an older state of it (checked with H2
 * 2.3.232: a file cut to half opens with its tables empty), so the store compares the count in the database
 * with this file on open and refuses a database that holds fewer changes than were made. The file is written
 * after the commit has reached the disk, so it can lag behind the database (a crash in between) but never run
 * ahead of it.
 */
final class CommitMarker {

    private CommitMarker() {
    }

    static OptionalLong read(Path folder) {
        try {
            return OptionalLong.of(Long.parseLong(
                    Files.readString(ProjectFolder.commitMarker(folder), StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();   // missing (older project) or torn by a crash: nothing to compare
        }
    }

    static void write(Path folder, long commits) {
        try {
            Files.writeString(ProjectFolder.commitMarker(folder), Long.toString(commits), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            // only a check aid: the database itself has the change
        }
    }

    /** After a restore or an explicit reset, the database's own count is the truth again. */
    static void remove(Path folder) {
        try {
            Files.deleteIfExists(ProjectFolder.commitMarker(folder));
        } catch (IOException e) {
            // an unremovable marker shows up as "damaged" at the next open, naming the snapshot to restore
        }
    }
}
