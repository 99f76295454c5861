package org.glose.core.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glose.core.model.Code;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.CompoundCommand;
import org.glose.core.project.Tx;

/**
 * Adds a codebook's codes to the project in one action. A code whose path already exists is kept as it is (its
 * new children are still added), so importing the same codebook twice changes nothing.
 */
public final class ImportCodebook implements Command<ImportCodebook.Outcome> {

    /** How many codes were added and how many already existed. */
    public record Outcome(int created, int existing) {
    }

    private final List<CodeSpec> roots;

    public ImportCodebook(List<CodeSpec> roots) {
        this.roots = List.copyOf(roots);
    }

    @Override
    public String label() {
        return "Import codebook";
    }

    @Override
    public Applied<Outcome> apply(Tx tx) {
        List<Command<?>> inverses = new ArrayList<>();
        int[] counts = new int[2];
        for (CodeSpec spec : roots) {
            add(tx, null, spec, inverses, counts);
        }
        java.util.Collections.reverse(inverses);
        return Applied.of(new Outcome(counts[0], counts[1]), new CompoundCommand("Remove imported codes", inverses));
    }

    private void add(Tx tx, Long parentId, CodeSpec spec, List<Command<?>> inverses, int[] counts) {
        Optional<Code> existing = tx.codes().codebook().childrenOf(parentId).stream()
                .filter(c -> c.name().equalsIgnoreCase(spec.name().strip())).findFirst();
        Code code;
        if (existing.isPresent()) {
            code = existing.get();
            counts[1]++;
        } else {
            Applied<Code> created = new CreateCode(parentId, spec.name(), spec.details()).apply(tx);
            code = created.value();
            inverses.add(created.inverse());
            counts[0]++;
        }
        for (CodeSpec child : spec.children()) {
            add(tx, code.id(), child, inverses, counts);
        }
    }
}
