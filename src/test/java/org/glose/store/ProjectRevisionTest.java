package org.glose.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.model.Code;
import org.glose.core.model.Document;
import org.glose.core.project.OpenProject;
import org.glose.core.text.TextRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project revision a window polls to see other coders' changes: in a folder (here) and on the server. */
class ProjectRevisionTest {

    @TempDir
    Path dir;

    @Test
    void everyCommittedChangeRaisesTheRevisionByOneAndAFailedOneDoesNot() {
        try (OpenProject p = TestProjects.create(dir.resolve("p"))) {
            long before = p.read(ProjectRevision::latest);
            Document d = TestProjects.addDocument(p, "a.txt", TestProjects.TEXT);
            Code code = p.execute(new CreateCode(null, "Communs", null));
            p.execute(new ApplyCode(d.id(), code.id(), "camille", TextRange.of(0, 5)));
            assertThat(p.read(ProjectRevision::latest)).isEqualTo(before + 3);
            try {
                p.execute(new ApplyCode(d.id(), code.id(), "camille", TextRange.of(0, 10_000)));
            } catch (RuntimeException refused) {
                // outside the text: nothing committed
            }
            p.undo();
            assertThat(p.read(ProjectRevision::latest)).isEqualTo(before + 4);
        }
        try (OpenProject again = TestProjects.reopen(dir.resolve("p"))) {
            assertThat(again.read(ProjectRevision::latest)).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void aClientsOwnChangesAreNeverTakenForAnotherCodersOnes() {
        try (OpenProject p = TestProjects.create(dir.resolve("p"))) {
            Document d = TestProjects.addDocument(p, "a.txt", TestProjects.TEXT);
            Code code = p.execute(new CreateCode(null, "Communs", null));
            p.execute(new ApplyCode(d.id(), code.id(), "camille", TextRange.of(0, 5)));
            assertThat(p.read(ProjectRevision::othersChanged)).isFalse();
        }
    }
}
