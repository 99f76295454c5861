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
import org.junit.jupiter.api.extension.ExtendWith;

/** The revision tests again on the PostgreSQL test server, and what one client learns of another's changes. */
@ExtendWith(OnServer.class)
class ProjectRevisionOnServerTest extends ProjectRevisionTest {

    @Test
    void aClientLearnsOnceOfEachBatchOfAnotherCodersChangesAndNeverOfItsOwn() {
        Path where = dir.resolve("shared");
        try (OpenProject camille = TestProjects.create(where); OpenProject yanis = TestProjects.reopen(where)) {
            Document d = TestProjects.addDocument(camille, "a.txt", TestProjects.TEXT);
            Code code = camille.execute(new CreateCode(null, "Communs", null));
            assertThat(camille.read(ProjectRevision::othersChanged)).isFalse();
            assertThat(yanis.read(ProjectRevision::othersChanged)).isTrue();
            assertThat(yanis.read(ProjectRevision::othersChanged)).isFalse();

            yanis.execute(new ApplyCode(d.id(), code.id(), "yanis", TextRange.of(0, 5)));
            assertThat(yanis.read(ProjectRevision::othersChanged)).isFalse();
            // Camille codes after Yanis without having looked: her own commit does not hide his
            camille.execute(new ApplyCode(d.id(), code.id(), "camille", TextRange.of(5, 9)));
            assertThat(camille.read(ProjectRevision::othersChanged)).isTrue();
            assertThat(camille.read(ProjectRevision::othersChanged)).isFalse();
            assertThat(yanis.read(ProjectRevision::othersChanged)).isTrue();
        }
    }
}
