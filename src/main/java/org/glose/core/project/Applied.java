package org.glose.core.project;

/** The outcome of a command: its value and the command that undoes it. */
public record Applied<T>(T value, Command<?> inverse) {

    public static <T> Applied<T> of(T value, Command<?> inverse) {
        return new Applied<>(value, inverse);
    }
}
