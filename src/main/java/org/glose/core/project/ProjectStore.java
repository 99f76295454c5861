package org.glose.core.project;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * The port to a project's storage. Each {@link #write} is one durable transaction: committed to disk when it
 * returns, rolled back entirely when it throws. Implemented in {@code org.glose.store}.
 */
public interface ProjectStore extends AutoCloseable {

    <T> T read(Function<Tx, T> query);

    <T> T write(Function<Tx, T> change);

    /** A write made as part of a user action by an actor; both go into the project's history. */
    default <T> T write(Action action, Function<Tx, T> change) {
        return write(change);
    }

    /** True when the project's file is encrypted: nothing derived from it may be written to disk in clear. */
    default boolean isEncrypted() {
        return false;
    }

    /** True for a read-only project (e.g. a copy of a snapshot): every write is refused. */
    default boolean isReadOnly() {
        return false;
    }

    /**
     * Takes an online, consistent copy of the project into its snapshots; returns its id, or empty when this store
     * keeps no snapshots (a read-only copy, a store without files). Automatic ones are pruned, the user's kept.
     */
    default java.util.Optional<String> snapshot(boolean automatic) {
        return java.util.Optional.empty();
    }

    /** The project's folder. */
    Path location();

    String name();

    @Override
    void close();
}
