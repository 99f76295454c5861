package org.glose.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.project.ProjectProblemException;
import org.glose.core.text.TextRange;
import org.glose.sample.SampleProject;
import org.glose.store.H2ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Supervisor review on the sample project: comments on codings and passages, the review list, read-only. */
class ReviewTest {

    @TempDir
    Path dir;

    @Test
    void commentsOnACodingAndOnAPassageMakeTheReviewListAndSurviveReopening() {
        Path folder = dir.resolve("sample");
        long codingId;
        try (OpenProject project = SampleProject.create(folder)) {
            Coding coding = project.read(tx -> tx.codings().list(CodingFilter.ALL)).get(0);
            codingId = coding.id();
            Document doc = project.read(tx -> tx.documents().byId(coding.documentId())).orElseThrow();
            project.execute(AddComment.onCoding(coding.id(), "directrice", "Ce passage relève plutôt du code parent."));
            Memo onPassage = project.execute(AddComment.onPassage(doc.id(), new TextRange(0, 20), "directrice",
                    "Pourquoi ce début n'est-il pas codé ?"));
            assertThat(onPassage.passage()).isEqualTo(new TextRange(0, 20));

            List<ReviewItem> items = project.read(tx -> ReviewList.of(tx, null));
            assertThat(items).hasSize(2);
            ReviewItem first = items.get(0); // the passage at offset 0 comes first in the document
            assertThat(first.onCoding()).isFalse();
            assertThat(first.author()).isEqualTo("directrice");
            assertThat(first.excerpt()).isNotBlank();
            ReviewItem onCoding = items.get(1).onCoding() ? items.get(1) : items.get(0);
            assertThat(onCoding.codingId()).isEqualTo(coding.id());
            assertThat(onCoding.code()).isNotBlank();
            assertThat(onCoding.codedBy()).isIn("camille", "yanis");
            List<ReviewItem> byNobody = project.read(tx -> ReviewList.of(tx, "camille"));
            assertThat(byNobody).isEmpty();

            // undo removes the passage comment, redo brings it back with the same id
            project.undo();
            List<ReviewItem> afterUndo = project.read(tx -> ReviewList.of(tx, null));
            assertThat(afterUndo).hasSize(1);
            project.redo();
            List<ReviewItem> again = project.read(tx -> ReviewList.of(tx, null));
            assertThat(again).extracting(ReviewItem::memoId).contains(onPassage.id());
        }
        // a supervisor opens the student's project read-only: the comments are there, nothing can change
        try (OpenProject readOnly = new OpenProject(H2ProjectStore.openReadOnly(folder, null))) {
            List<ReviewItem> items = readOnly.read(tx -> ReviewList.of(tx, "directrice"));
            assertThat(items).hasSize(2);
            assertThatThrownBy(() -> readOnly.execute(AddComment.onCoding(codingId, "directrice", "Encore")))
                    .isInstanceOf(ProjectProblemException.class).hasMessageContaining("read-only");
        }
    }

    @Test
    void badCommentsAreRefusedAndAddNothing() {
        try (OpenProject project = SampleProject.create(dir.resolve("p"))) {
            Document doc = project.read(tx -> tx.documents().list()).get(0);
            assertThatThrownBy(() -> project.execute(AddComment.onCoding(999_999, "sup", "x")))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> project.execute(AddComment.onPassage(doc.id(), new TextRange(0, 5), "sup", " ")))
                    .isInstanceOf(InvalidInputException.class).hasMessage("A comment needs some text.");
            assertThatThrownBy(() -> project.execute(AddComment.onPassage(doc.id(),
                    new TextRange(0, doc.length() + 1), "sup", "x")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("outside");
            List<ReviewItem> none = project.read(tx -> ReviewList.of(tx, null));
            assertThat(none).isEmpty();
            java.util.Optional<org.glose.core.model.Coder> sup = project.read(tx -> tx.coders().byName("sup"));
            assertThat(sup).isEmpty();
        }
    }
}
