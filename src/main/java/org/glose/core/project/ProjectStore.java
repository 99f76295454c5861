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

    /** The project's folder. */
    Path location();

    String name();

    @Override
    void close();
}
