package org.glose.core.task;

/** Receives the progress of a long task: {@code done} of {@code total} units, with a message for the user. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total, message) -> { };

    void update(long done, long total, String message);
}
