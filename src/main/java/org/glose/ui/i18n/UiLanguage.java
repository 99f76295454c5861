package org.glose.ui.i18n;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Which language the window speaks: the one chosen in the preferences (file {@code preferences.properties} of the
 * Glose home folder, key {@code language}), else the system's if Glose speaks it, else English. System property
 * {@code glose.language} overrides both (tests and screenshots use it).
 */
public final class UiLanguage {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);
    /** The preference value that follows the system's language. */
    public static final String SYSTEM = "system";

    private static final String KEY = "language";

    private final Path file;

    public UiLanguage(Path gloseHome) {
        this.file = gloseHome.resolve("preferences.properties");
    }

    /** The language to start the window in. */
    public Locale resolve() {
        String override = System.getProperty("glose.language");
        if (override != null && !override.isBlank()) {
            return supported(Locale.forLanguageTag(override.strip()));
        }
        return chosen().map(Locale::forLanguageTag).map(UiLanguage::supported)
                .orElseGet(() -> supported(Locale.getDefault()));
    }

    /** The language saved in the preferences, or empty when the window follows the system. */
    public Optional<String> chosen() {
        Properties p = read();
        String value = p.getProperty(KEY, SYSTEM).strip();
        return value.isEmpty() || value.equals(SYSTEM) ? Optional.empty() : Optional.of(value);
    }

    /** Saves the choice: a language tag ({@code en}, {@code fr}) or {@link #SYSTEM}. */
    public void choose(String tagOrSystem) throws IOException {
        Properties p = read();
        p.setProperty(KEY, tagOrSystem);
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            p.store(w, "Glose preferences");
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@code wanted}'s language if Glose speaks it, else English. */
    public static Locale supported(Locale wanted) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                // preferences are a convenience: unreadable ones mean the defaults
            }
        }
        return p;
    }
}
