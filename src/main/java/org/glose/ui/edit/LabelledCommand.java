package org.glose.ui.edit;

import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.Tx;

/**
 * A core command under the words the user sees in the Edit menu ("Undo Code “Panoptique”") instead of its
 * technical label ("Code passage [12, 40)"); the change itself is the core command's.
 */
public final class LabelledCommand<T> implements Command<T> {

    private final String label;
    private final Command<T> command;

    public LabelledCommand(String label, Command<T> command) {
        this.label = label;
        this.command = command;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Applied<T> apply(Tx tx) {
        return command.apply(tx);
    }
}
