package org.glose.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * {@code lock.json} in a project folder: who has the project open (user, host, process, since when). H2's own
 * file lock is what keeps a second program out; this file only lets the refusal name who holds the project. It
 * is written on open and removed on close; one left behind by a crash is overwritten at the next open, and read
 * only when H2 really refuses the file, so a stale one is never believed.
 */
public record LockFile(String user, String host, long pid, Instant since) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** This process, now. */
    static LockFile ofThisProcess(Instant now) {
        return new LockFile(System.getProperty("user.name", "?"), hostName(), ProcessHandle.current().pid(), now);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "?";
        }
    }

    void write(Path folder) {
        try {
            Path tmp = folder.resolve(".lock.json.tmp");
            Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(new Json(user, host, pid,
                    since.toString())));
            Files.move(tmp, ProjectFolder.lockFile(folder), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // the lock file only helps a refusal name the holder; the project itself is safely locked by H2
        }
    }

    static void remove(Path folder) {
        try {
            Files.deleteIfExists(ProjectFolder.lockFile(folder));
        } catch (IOException e) {
            // a lock file left behind is ignored at the next open (see the class comment)
        }
    }

    /** The holder named in the folder's lock file, if one is there and readable. */
    public static Optional<LockFile> read(Path folder) {
        try {
            Json j = JSON.readValue(ProjectFolder.lockFile(folder).toFile(), Json.class);
            return Optional.of(new LockFile(j.user(), j.host(), j.pid(), Instant.parse(j.since())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** "alice on host lab-3, since 14:02" (the date too when it is not today). */
    public String describe(ZoneId zone) {
        ZonedDateTime at = since.atZone(zone);
        String when = at.toLocalDate().equals(LocalDate.now(zone)) ? TIME.format(at) : DAY_TIME.format(at);
        return user + " on host " + host + ", since " + when;
    }

    private record Json(String user, String host, long pid, String since) {
    }
}
