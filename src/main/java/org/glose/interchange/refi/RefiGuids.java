package org.glose.interchange.refi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * GUIDs as REFI-QDA writes them (8-4-4-4-12 hex, either case, optionally in braces, NOTES §2) and as Glose
 * stores them (lower case, no braces).
 */
public final class RefiGuids {

    private static final Pattern GUID =
            Pattern.compile("\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");

    private RefiGuids() {
    }

    /** The GUID in Glose's form, or null when {@code raw} is not a GUID. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (!GUID.matcher(s).matches() || s.startsWith("{") != s.endsWith("}")) {
            return null;
        }
        if (s.startsWith("{")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * A GUID derived from another one and a role, the same at every export: REFI needs GUIDs for objects Glose
     * does not store (a selection beside its coding, a PDF's text representation).
     */
    public static String derived(String role, String guid) {
        return UUID.nameUUIDFromBytes((role + ":" + guid).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
