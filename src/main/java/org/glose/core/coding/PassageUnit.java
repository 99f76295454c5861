package org.glose.core.coding;

import java.util.Locale;
import org.glose.core.project.InvalidInputException;

/**
 * How far auto-coding widens a hit: the hit itself, its sentence, its paragraph (the text between line breaks)
 * or a number of characters on each side.
 */
public record PassageUnit(Kind kind, int characters) {

    public enum Kind { HIT, SENTENCE, PARAGRAPH, CHARACTERS }

    public static final PassageUnit HIT = new PassageUnit(Kind.HIT, 0);
    public static final PassageUnit SENTENCE = new PassageUnit(Kind.SENTENCE, 0);
    public static final PassageUnit PARAGRAPH = new PassageUnit(Kind.PARAGRAPH, 0);

    public PassageUnit {
        if (kind == Kind.CHARACTERS ? characters < 1 : characters != 0) {
            throw new InvalidInputException("A passage around a hit takes at least 1 character on each side.");
        }
    }

    /** The hit with {@code characters} more on each side. */
    public static PassageUnit around(int characters) {
        return new PassageUnit(Kind.CHARACTERS, characters);
    }

    /** Reads {@code hit}, {@code sentence}, {@code paragraph} or a number of characters. */
    public static PassageUnit parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "hit":
                return HIT;
            case "sentence":
                return SENTENCE;
            case "paragraph":
                return PARAGRAPH;
            default:
                if (t.matches("[0-9]{1,7}") && Integer.parseInt(t) > 0) {
                    return around(Integer.parseInt(t));
                }
                throw new InvalidInputException("The unit \"" + text + "\" is not one of hit, sentence, paragraph "
                        + "or a number of characters.");
        }
    }

    @Override
    public String toString() {
        return kind == Kind.CHARACTERS ? characters + " characters around" : kind.name().toLowerCase(Locale.ROOT);
    }
}
