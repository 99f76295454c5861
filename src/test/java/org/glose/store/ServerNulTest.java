package org.glose.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.cases.AttributeRow;
import org.glose.core.cases.ImportAttributes;
import org.glose.core.coding.CreateCode;
import org.glose.core.memo.EditMemo;
import org.glose.core.memo.WriteMemo;
import org.glose.core.model.Memo;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** No NUL character (U+0000) reaches a team project: refused with one message, nothing saved (needs a server). */
class ServerNulTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final ServerDatabases server = new ServerDatabases();
    private String url;

    @Test
    void aCodeNameAMemoOrAnAttributeValueWithANulIsRefusedAndNothingIsSaved() {
        url = server.fresh();
        try (OpenProject p = new OpenProject(ProjectStores.create(Path.of(url), "T", null))) {
            assertThatThrownBy(() -> p.execute(new CreateCode(null, "Com\0muns", null)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("cannot hold the control character NUL (U+0000), found in « Com␀muns »")
                    .hasMessageContaining("nothing was saved");
            assertThatThrownBy(() -> p.execute(WriteMemo.aboutProject("Note", "avant\0après", "camille")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("NUL (U+0000)");
            assertThatThrownBy(() -> p.execute(new ImportAttributes(List.of(
                    new AttributeRow(2, "Camille", "Âge", "3\0" + "4")))))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("NUL (U+0000)");
            int rows = p.read(tx -> tx.codes().list().size() + tx.memos().list().size() + tx.cases().list().size());
            assertThat(rows).isZero();
            assertThat(p.history().nextUndo()).isEmpty();
        }
    }

    @Test
    void aFolderProjectHoldingANulIsNotCopiedToTheServerUntilItIsRemoved() {
        Path folder = dir.resolve("p");
        long memo;
        try (OpenProject p = new OpenProject(H2ProjectStore.create(folder, "T"))) {
            memo = p.execute(WriteMemo.aboutProject("Note", "avant\0après", "camille")).id();
        }
        url = server.fresh();
        assertThatThrownBy(() -> ProjectCopy.copy(folder, null, Path.of(url), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the body of a memo (id " + memo + ")")
                .hasMessageContaining("« avant␀après »").hasMessageContaining("nothing was copied");
        try (OpenProject p = new OpenProject(H2ProjectStore.open(folder))) {
            p.execute(new EditMemo(memo, "Note", "avant après"));
        }
        ProjectCopy.copy(folder, null, Path.of(url), null);
        try (OpenProject onServer = new OpenProject(ProjectStores.open(Path.of(url), null))) {
            List<Memo> memos = onServer.read(tx -> tx.memos().list());
            assertThat(memos).singleElement().extracting(Memo::text).isEqualTo("avant après");
        }
    }
}
