package org.glose.ui.work;

import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * What a choice box shows for each of its values: the values stay stable (an enum, a key, a sentinel such as "All
 * coders"), the words the user reads come from the window's language.
 */
public final class ChoiceLabels {

    private ChoiceLabels() {
    }

    /** Shows each value as {@code show} says; the choices are picked, never typed in. */
    public static <T> StringConverter<T> of(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are not typed in");
            }
        };
    }

    /** Shows {@code sentinel} as {@code label} and every other value as it is (a document, a coder, a code). */
    public static StringConverter<String> naming(String sentinel, String label) {
        return of(v -> v.equals(sentinel) ? label : v);
    }
}
