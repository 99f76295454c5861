package org.glose.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The window speaks both languages completely: every text the code asks for exists in English and in French,
 * with the same placeholders, and no text is defined twice.
 */
class I18nBundlesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("\\bt\\(\\s*\"([A-Za-z0-9_.\\-]+)\"");
    /** The two keys of {@code plural(count, "one", "other"…)}. */
    private static final Pattern PLURAL_KEYS_IN_CODE = Pattern.compile(
            "\\bplural\\([^\";]*?,\\s*\"([A-Za-z0-9_.\\-]+)\",\\s*\"([A-Za-z0-9_.\\-]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @AfterEach
    void backToEnglish() {
        I18n.use(Locale.ENGLISH);
    }

    @Test
    void everyTextTheWindowAsksForExistsInEnglishAndFrench() throws IOException {
        Set<String> asked = keysUsedInCode();
        assertThat(asked).as("texts asked for by the window").isNotEmpty();
        Map<String, String> english = all("");
        Map<String, String> french = all("_fr");
        assertThat(english.keySet()).as("English texts").containsAll(asked);
        assertThat(french.keySet()).as("French texts").containsAll(asked);
    }

    @Test
    void bothLanguagesHaveTheSameTextsWithTheSamePlaceholders() throws IOException {
        for (String bundle : I18n.BUNDLES) {
            Properties en = load(bundle + ".properties");
            Properties fr = load(bundle + "_fr.properties");
            assertThat(fr.stringPropertyNames()).as(bundle + ": French keys").isEqualTo(en.stringPropertyNames());
            for (String key : en.stringPropertyNames()) {
                assertThat(placeholders(fr.getProperty(key))).as(bundle + " " + key)
                        .isEqualTo(placeholders(en.getProperty(key)));
                assertThat(fr.getProperty(key)).as(bundle + " " + key + " in French").isNotBlank();
            }
        }
    }

    @Test
    void noTextIsDefinedInTwoBundles() throws IOException {
        Map<String, String> seen = new HashMap<>();
        for (String bundle : I18n.BUNDLES) {
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                assertThat(seen.put(key, bundle)).as(key + " defined in " + bundle + " and elsewhere").isNull();
            }
        }
    }

    @Test
    void theChosenLanguageGivesItsTextsAndFillsPlaceholders() {
        I18n.use(Locale.FRENCH);
        assertThat(I18n.t("preferences.title")).isEqualTo("Préférences");
        assertThat(I18n.t("preferences.notSaved", "disque plein")).endsWith(": disque plein");
        I18n.use(Locale.GERMAN);
        assertThat(I18n.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(I18n.t("preferences.title")).isEqualTo("Preferences");
        assertThat(I18n.t("no.such.text")).isEqualTo("[no.such.text]");
    }

    @Test
    void countsTakeTheSingularOfTheLanguage() throws IOException {
        assertThat(keysUsedInCode()).as("plural keys are scanned too").contains("retrieval.count.passage",
                "retrieval.count.passages");
        assertThat(I18n.plural(0, "retrieval.count.passage", "retrieval.count.passages")).isEqualTo("0 passages");
        assertThat(I18n.plural(1, "retrieval.count.passage", "retrieval.count.passages")).isEqualTo("1 passage");
        assertThat(I18n.plural(2, "retrieval.count.passage", "retrieval.count.passages")).isEqualTo("2 passages");
        I18n.use(Locale.FRENCH);
        assertThat(I18n.plural(0, "retrieval.count.passage", "retrieval.count.passages")).isEqualTo("0 passage");
        assertThat(I18n.plural(1, "retrieval.count.passage", "retrieval.count.passages")).isEqualTo("1 passage");
        assertThat(I18n.plural(2, "retrieval.count.passage", "retrieval.count.passages")).isEqualTo("2 passages");
        assertThat(I18n.t("preferences.notSaved", "disque plein")).doesNotContain("'").contains("n’ont");
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/glose/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                Matcher m = KEY_IN_CODE.matcher(code);
                while (m.find()) {
                    keys.add(m.group(1));
                }
                Matcher p = PLURAL_KEYS_IN_CODE.matcher(code);
                while (p.find()) {
                    keys.add(p.group(1));
                    keys.add(p.group(2));
                }
            }
        }
        return keys;
    }

    private static Map<String, String> all(String suffix) throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (String bundle : I18n.BUNDLES) {
            Properties p = load(bundle + suffix + ".properties");
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
        }
        return texts;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
