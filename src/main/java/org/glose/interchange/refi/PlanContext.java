package org.glose.interchange.refi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.glose.core.project.Guids;
import org.glose.interchange.refi.ImportPlan.PlannedCoder;
import org.glose.interchange.refi.ImportPlan.Target;

/**
 * What the planners share while they turn a {@link RefiProject} into an {@link ImportPlan}: the loss collector,
 * the GUIDs already taken, the file's GUIDs mapped to the planned objects, and the coders.
 */
final class PlanContext {

    /** Where a note is attached. */
    record NoteTarget(Target target, String guid) {
    }

    final LossReport.Collector losses = new LossReport.Collector();
    final Map<String, String> codes = new HashMap<>();
    final Map<String, String> documents = new HashMap<>();
    /** A selection's GUID mapped to where its notes go: its first coding, or its document. */
    final Map<String, NoteTarget> selections = new HashMap<>();
    final Map<String, String> codings = new HashMap<>();
    final Map<String, List<NoteTarget>> noteTargets = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final Map<String, String> coderByUser = new HashMap<>();
    private final List<PlannedCoder> coders = new ArrayList<>();
    private final UniqueNames coderNames = new UniqueNames(200);
    private final String defaultUser;

    PlanContext(String defaultUser) {
        this.defaultUser = defaultUser;
    }

    /** The file's GUID when valid and still free, a new one otherwise (the XSD does not check uniqueness). */
    String guid(String fromFile) {
        if (fromFile != null && taken.add(fromFile)) {
            return fromFile;
        }
        String fresh = Guids.next();
        taken.add(fresh);
        return fresh;
    }

    void noteRef(String noteGuid, Target target, String targetGuid) {
        noteTargets.computeIfAbsent(noteGuid, k -> new ArrayList<>()).add(new NoteTarget(target, targetGuid));
    }

    /** Declares a user of the file's Users list as a coder. */
    void user(String guid, String name, String id) {
        String wanted = blank(name) ? (blank(id) ? null : id) : name;
        addCoder(guid, wanted);
    }

    /** The coder GUID for the first of these users that is known or at least given; creates one when needed. */
    String coder(String... users) {
        for (String user : users) {
            if (user != null) {
                String known = coderByUser.get(user);
                return known != null ? known : addCoder(user, null);
            }
        }
        if (defaultUser != null) {
            return coder(defaultUser);
        }
        String unknown = coderByUser.get("");
        return unknown != null ? unknown : addCoder("", "unknown");
    }

    /** The coder of a user the file names, or null when it names none (a memo without author stays so). */
    String coderIfGiven(String user) {
        return user == null ? null : coder(user);
    }

    private String addCoder(String userGuid, String wanted) {
        if (userGuid != null && coderByUser.containsKey(userGuid)) {
            return coderByUser.get(userGuid);
        }
        String name = wanted != null ? wanted.strip()
                : userGuid == null || userGuid.isEmpty() ? "unknown" : "user " + userGuid.substring(0, 8);
        String guid = guid(userGuid == null || userGuid.isEmpty() ? null : userGuid);
        coders.add(new PlannedCoder(guid, coderNames.take(name, "unknown")));
        if (userGuid != null) {
            coderByUser.put(userGuid, guid);
        }
        return guid;
    }

    List<PlannedCoder> coders() {
        return List.copyOf(coders);
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Names unique ignoring case, cut to a length; a repeated name gets " (2)", " (3)"... */
    static final class UniqueNames {
        private final int max;
        private final Set<String> used = new HashSet<>();
        private int truncated;

        UniqueNames(int max) {
            this.max = max;
        }

        String take(String wanted, String fallback) {
            String base = blank(wanted) ? fallback : wanted.strip().replaceAll("[\\r\\n\\t]+", " ");
            if (base.length() > max) {
                base = base.substring(0, max - 12).strip();
                truncated++;
            }
            String name = base;
            for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + " (" + n + ")";
            }
            return name;
        }

        int truncated() {
            return truncated;
        }
    }
}
