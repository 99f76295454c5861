package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.OpenProject;
import org.glose.core.text.TextRange;
import org.glose.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeInNewCodeTest {

    @TempDir
    Path dir;

    @Test
    void makesTheCodeAndTheCodingAsOneUndoableAction() {
        try (OpenProject project = TestProjects.create(dir.resolve("p"))) {
            Document doc = TestProjects.addDocument(project, "a.txt", TestProjects.TEXT);
            project.history().clear();
            TextRange range = new TextRange(3, 10);

            Coding coding = project.execute(new CodeInNewCode(null, "Commun", doc.id(), "camille", range));

            Code code = project.read(tx -> tx.codes().byId(coding.codeId())).orElseThrow();
            assertThat(code.name()).isEqualTo("Commun");
            assertThat(coding.range()).isEqualTo(range);
            assertThat(project.history().nextUndo()).contains("Code with new code “Commun”");

            project.undo();
            List<Code> codes = project.read(tx -> tx.codes().list());
            List<Coding> codings = project.read(tx -> tx.codings().list(CodingFilter.ALL));
            assertThat(codes).isEmpty();
            assertThat(codings).isEmpty();
            assertThat(project.history().nextUndo()).isEmpty();

            project.redo();
            codes = project.read(tx -> tx.codes().list());
            codings = project.read(tx -> tx.codings().list(CodingFilter.ALL));
            assertThat(codes).extracting(Code::id).containsExactly(code.id());
            assertThat(codings).extracting(Coding::id).containsExactly(coding.id());
        }
    }
}
