package org.glose.core.project;

/**
 * A user action on a project. {@link #apply} performs it inside one transaction and returns its result with the
 * command that undoes it. Commands are the only way the window and the command line change a project.
 */
public interface Command<T> {

    /** What the user did, e.g. "Code « Panoptique »"; shown in the undo menu. */
    String label();

    Applied<T> apply(Tx tx);
}
