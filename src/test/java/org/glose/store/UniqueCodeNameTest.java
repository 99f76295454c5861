package org.glose.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.glose.core.model.Code;
import org.glose.core.model.CodeDetails;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.project.Tx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V8's constraint, below the commands' own check: one name per parent, the top of the codebook included (in a
 * folder here; again on the server in {@link UniqueCodeNameOnServerTest}).
 */
class UniqueCodeNameTest {

    @TempDir
    Path dir;

    /** Inserts a code straight into the store, as a second coder's transaction would past the commands' check. */
    private static Code insert(OpenProject p, Long parent, String name) {
        return p.execute(new Command<Code>() {
            @Override
            public String label() {
                return "Insert " + name;
            }

            @Override
            public Applied<Code> apply(Tx tx) {
                return Applied.of(tx.codes().insert(parent, name, CodeDetails.colour("#E69F00"),
                        UUID.randomUUID().toString(), 0), this);
            }
        });
    }

    @Test
    void aSecondCodeOfTheSameNameIsRefusedAtTheTopAndUnderOneParentButNotUnderAnother() {
        try (OpenProject p = TestProjects.create(dir.resolve("p"))) {
            Code top = insert(p, null, "Communs");
            assertThatThrownBy(() -> insert(p, null, "Communs")).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("There is already a code named \"Communs\" here");
            Code other = insert(p, null, "État");
            insert(p, top.id(), "Usages");
            assertThatThrownBy(() -> insert(p, top.id(), "Usages")).isInstanceOf(InvalidInputException.class);
            insert(p, other.id(), "Usages");
            assertThat(p.read(tx -> tx.codes().list()).stream().map(Code::name))
                    .containsExactlyInAnyOrder("Communs", "État", "Usages", "Usages");
        }
    }
}
