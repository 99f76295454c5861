package org.glose.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A first look at a database file before H2 opens it. H2 opens an empty file as a new, empty database, and
 * Flyway would then give it a fresh schema: the project would open with nothing in it instead of being
 * reported damaged. An MVStore file starts with a text header "H:2,..." written twice (at 0 and at 4096, so
 * one damaged copy is tolerated); an encrypted one starts with "H2encrypt\n".
 */
final class DatabaseHeader {

    private static final int BLOCK = 4096;
    private static final byte[] PLAIN = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private DatabaseHeader() {
    }

    static boolean looksValid(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2 * BLOCK);
            return ProjectFolder.isEncryptedHead(head) || startsWith(head, 0) || startsWith(head, BLOCK);
        } catch (IOException e) {
            return false;
        }
    }

    /** Why the file is not a database, in a few words, for the "damaged" message. */
    static String problem(Path file) {
        try {
            long size = Files.size(file);
            return size == 0 ? "the file is empty" : size < BLOCK ? "the file is cut short (" + size + " bytes)"
                    : "the file does not start like an H2 database";
        } catch (IOException e) {
            return "the file cannot be read (" + e.getMessage() + ")";
        }
    }

    private static boolean startsWith(byte[] head, int at) {
        if (head.length < at + PLAIN.length) {
            return false;
        }
        for (int i = 0; i < PLAIN.length; i++) {
            if (head[at + i] != PLAIN[i]) {
                return false;
            }
        }
        return true;
    }
}
