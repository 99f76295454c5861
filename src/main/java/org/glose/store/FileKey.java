package org.glose.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.glose.core.project.InvalidInputException;

/**
 * Turns the user's project password into the file password H2 encrypts the database with (CIPHER=AES).
 * H2 splits its password at the first space (file password, then user password), so a password with a space
 * cannot be given as is; the hex of a PBKDF2 stretch has none, and stretching makes each guess slower. Nothing
 * derived from the password is ever written anywhere.
 */
final class FileKey {

    private static final byte[] SALT = "glose project file key v1".getBytes(StandardCharsets.US_ASCII);
    private static final int ITERATIONS = 120_000;

    private FileKey() {
    }

    /** The H2 file password for {@code password}; the caller clears the result after use. */
    static char[] derive(char[] password) {
        if (password == null || password.length == 0) {
            throw new InvalidInputException("The password is empty.");
        }
        PBEKeySpec spec = new PBEKeySpec(password, SALT, ITERATIONS, 256);
        byte[] key = null;
        try {
            key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return HexFormat.of().formatHex(key).toCharArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    /** H2's password for an encrypted database: "file password" + space + user password (empty). */
    static char[] h2Password(char[] fileKey) {
        char[] both = Arrays.copyOf(fileKey, fileKey.length + 1);
        both[fileKey.length] = ' ';
        return both;
    }
}
