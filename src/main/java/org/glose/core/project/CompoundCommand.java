package org.glose.core.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Several commands as one user action and one undo entry; undone in reverse order. */
public final class CompoundCommand implements Command<List<Object>> {

    private final String label;
    private final List<Command<?>> steps;

    public CompoundCommand(String label, List<? extends Command<?>> steps) {
        this.label = label;
        this.steps = List.copyOf(steps);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Applied<List<Object>> apply(Tx tx) {
        List<Object> values = new ArrayList<>();
        List<Command<?>> inverses = new ArrayList<>();
        for (Command<?> step : steps) {
            Applied<?> applied = step.apply(tx);
            values.add(applied.value());
            inverses.add(applied.inverse());
        }
        Collections.reverse(inverses);
        return Applied.of(values, new CompoundCommand(label, inverses));
    }
}
