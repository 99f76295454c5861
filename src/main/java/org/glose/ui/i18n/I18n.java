package org.glose.ui.i18n;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the window in the user's language. Texts live in resource bundles beside this class, one per area
 * of the window ({@link #BUNDLES}); English is the base bundle and French the {@code _fr} one. The language is
 * chosen once, before the window is built ({@link #use}); a key missing from every bundle shows as the key
 * itself in brackets, so a forgotten text is visible instead of crashing the window (and a test keeps the
 * bundles complete).
 */
public final class I18n {

    /** The bundles' base names, searched in this order. */
    public static final List<String> BUNDLES = List.of("window", "menus", "coding", "tools", "cases", "queries");

    private static final String PACKAGE = "org.glose.ui.i18n.";
    /** Not the JVM's default-locale fallback: an unknown language gets English, whatever the machine's locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale locale = Locale.ENGLISH;
    private static volatile List<ResourceBundle> bundles = load(Locale.ENGLISH);

    private I18n() {
    }

    /** Chooses the window's language; called before any text is asked for (at start-up, or by a test). */
    public static void use(Locale wanted) {
        Locale chosen = UiLanguage.supported(wanted);
        bundles = load(chosen);
        locale = chosen;
    }

    /** The language texts are given in: one of {@link UiLanguage#SUPPORTED}. */
    public static Locale locale() {
        return locale;
    }

    /**
     * The text for {@code key}, with {@code {0}}, {@code {1}}… replaced by {@code args}. A plain replacement, not
     * {@link java.text.MessageFormat}: French apostrophes would otherwise have to be doubled in every text.
     */
    public static String t(String key, Object... args) {
        String text = lookup(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /**
     * A count in words: the text for {@code one} when {@code count} takes the singular in the window's language (1
     * in English; 0 and 1 in French: « 0 passage »), else the text for {@code other}. {@code {0}} is the count,
     * {@code {1}}… are {@code args}. Both keys are written literally, like those of {@link #t}.
     */
    public static String plural(long count, String one, String other, Object... args) {
        boolean singular = Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? count == 0 || count == 1
                : count == 1;
        Object[] all = new Object[args.length + 1];
        all[0] = count;
        System.arraycopy(args, 0, all, 1, args.length);
        return t(singular ? one : other, all);
    }

    /** Whether some bundle has {@code key} (for tests and for optional texts). */
    public static boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    private static String lookup(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return "[" + key + "]";
    }

    private static List<ResourceBundle> load(Locale chosen) {
        return BUNDLES.stream().map(name -> bundle(name, chosen)).toList();
    }

    private static ResourceBundle bundle(String name, Locale chosen) {
        try {
            return ResourceBundle.getBundle(PACKAGE + name, chosen, I18n.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("The window's texts " + name + " are missing from the program", e);
        }
    }
}
