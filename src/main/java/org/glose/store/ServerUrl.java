package org.glose.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.ProjectProblemException;

/**
 * Where a team project lives: {@code jdbc:postgresql://host[:port]/database[?user=…&password=…&ssl…]}. The password,
 * when the URL carries one, is taken out of it at once: {@link #toString()} and the local cache folder never see
 * it, and nothing here writes it anywhere.
 */
public final class ServerUrl {

    static final String PREFIX = "jdbc:postgresql:";
    private static final Pattern FORM = Pattern.compile("jdbc:postgresql://([^/?]*)/([^/?]+)(\\?.*)?");

    private final String url;
    private final String user;
    private final char[] password;

    private ServerUrl(String url, String user, char[] password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** True for a text that names a project on a PostgreSQL server rather than a folder. */
    public static boolean isServer(String location) {
        return location != null && location.startsWith(PREFIX);
    }

    /** The same for a location given as a path (the command line parses PROJECT as a path). */
    public static boolean isServer(Path location) {
        return location != null && isServer(location.toString());
    }

    /**
     * The URL given as a path: a path folds "//" into "/", so "jdbc:postgresql:/host/db" is read back as the
     * "jdbc:postgresql://host/db" the user typed.
     */
    public static ServerUrl of(Path location) {
        String s = location.toString();
        if (isServer(s) && !s.startsWith(PREFIX + "//") && s.startsWith(PREFIX + "/")) {
            s = PREFIX + "/" + s.substring(PREFIX.length());
        }
        return parse(s);
    }

    /**
     * For the work that only a project folder has (snapshots, encryption at rest, the lock file): refuses a team
     * project with one message saying whose job it is there.
     */
    public static void refuseFolderOnly(Path location) {
        if (isServer(location)) {
            throw new ProjectProblemException(of(location) + " is a team project on a PostgreSQL server: snapshots, "
                    + "locking and encryption at rest are the server's job there (backups with pg_dump, roles, TLS: "
                    + "see docs/team-server.md).");
        }
    }

    /** Reads a URL; refuses (one message, nothing done) one that is not of the form above. */
    public static ServerUrl parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw new InvalidInputException("\"" + redact(s) + "\" is not a team project URL: write "
                    + "jdbc:postgresql://host[:port]/database (optionally ?user=NAME).");
        }
        String user = System.getProperty("user.name");
        char[] password = null;
        List<String> kept = new ArrayList<>();
        if (m.group(3) != null) {
            for (String param : m.group(3).substring(1).split("&")) {
                if (param.isEmpty()) {
                    continue;
                }
                int eq = param.indexOf('=');
                String key = eq < 0 ? param : param.substring(0, eq);
                String value = eq < 0 ? "" : URLDecoder.decode(param.substring(eq + 1), StandardCharsets.UTF_8);
                if (key.equals("password")) {
                    password = value.toCharArray();
                    continue;
                }
                if (key.equals("user")) {
                    user = value;
                }
                kept.add(param);
            }
        }
        String base = "jdbc:postgresql://" + m.group(1) + "/" + m.group(2);
        return new ServerUrl(kept.isEmpty() ? base : base + "?" + String.join("&", kept), user, password);
    }

    /** The URL to connect to, without the password. */
    String jdbcUrl() {
        return url;
    }

    String user() {
        return user;
    }

    /** A copy of the password the URL carried, or null. */
    char[] passwordInUrl() {
        return password == null ? null : password.clone();
    }

    /**
     * This client's own folder for what it derives from the project (the search index):
     * {@code ~/.glose/cache/<hash of the URL and user>}, or under {@code -Dglose.cacheDir}.
     */
    public Path cacheFolder() {
        String root = System.getProperty("glose.cacheDir");
        Path base = root != null ? Path.of(root) : Path.of(System.getProperty("user.home"), ".glose", "cache");
        return base.resolve(hash(url + "\n" + user));
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A URL fit for a message: any password replaced by stars. */
    static String redact(String s) {
        return s.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /** The URL as a window may show it: any password replaced by stars. */
    public String forDisplay() {
        return redact(url);
    }

    @Override
    public String toString() {
        return url;
    }
}
