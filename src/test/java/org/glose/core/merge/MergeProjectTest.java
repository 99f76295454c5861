package org.glose.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.coding.ResizeCoding;
import org.glose.core.coding.UpdateCode;
import org.glose.core.document.AddDocument;
import org.glose.core.merge.MergeConflict.Kind;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.NewDocument;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.review.AddComment;
import org.glose.core.text.TextRange;
import org.glose.sample.SampleProject;
import org.glose.store.H2ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A copy of the sample project goes to a colleague, who codes and comments; it comes back and is merged. */
class MergeProjectTest {

    @TempDir
    Path dir;

    /** Everything a merge may touch, for before/after comparisons. */
    record State(List<Document> documents, List<Code> codes, List<Coding> codings, List<String> coders,
                 List<String> memos) {
        static State of(OpenProject p) {
            State s = p.read(tx -> new State(tx.documents().list(), tx.codes().list(),
                    tx.codings().list(CodingFilter.ALL), tx.coders().list().stream().map(c -> c.id() + c.name()).toList(),
                    tx.memos().list().stream().map(m -> m.id() + m.guid() + m.text() + m.passage()).toList()));
            return s;
        }
    }

    private static NewDocument text(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new NewDocument(name, "txt", name, bytes, Integer.toHexString(text.hashCode()), text, null, "UTF-8",
                "fr");
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().endsWith(".lock.db")) {
                    Files.copy(f, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Code code(OpenProject p, String path) {
        Code c = p.read(tx -> tx.codes().codebook().byPath(path)).orElseThrow();
        return c;
    }

    @Test
    void aColleaguesCopyComesBackWithItsNewWorkAndConflictsAreReportedThenOneUndoRemovesItAll() {
        Path mine = dir.resolve("mine");
        Path theirs = dir.resolve("theirs");
        SampleProject.create(mine).close();
        copy(mine, theirs);

        // the colleague's work
        try (OpenProject p = new OpenProject(H2ProjectStore.open(theirs))) {
            Document doc = p.read(tx -> tx.documents().list()).get(0);
            Code first = p.read(tx -> tx.codes().codebook().depthFirst()).get(0);
            Coding existing = p.read(tx -> tx.codings().list(CodingFilter.ofDocument(doc.id()))).get(0);
            Coding other = p.read(tx -> tx.codings().list(CodingFilter.ofDocument(doc.id()))).get(1);
            Code added = p.execute(new CreateCode(null, "Lectures croisées", null));
            Code child = p.execute(new CreateCode(added.id(), "Désaccords", null));
            p.execute(new ApplyCode(doc.id(), child.id(), "lea", new TextRange(0, 12)));
            p.execute(new ApplyCode(doc.id(), first.id(), "lea", new TextRange(20, 40)));
            p.execute(AddComment.onCoding(existing.id(), "lea", "D'accord avec ce codage."));
            Document notes = p.execute(new AddDocument(text("notes.txt", "Notes de Léa sur le terrain.")));
            p.execute(new ApplyCode(notes.id(), first.id(), "lea", new TextRange(0, 5)));
            p.execute(new AddDocument(text("journal.txt", "Journal de terrain, version de Léa.")));
            p.execute(new CreateCode(null, "Tiers", null));
            p.execute(UpdateCode.rename(first, first.name() + " (Léa)"));
            p.execute(new ResizeCoding(other.id(), new TextRange(other.range().start(), other.range().end() - 1)));
        }
        // meanwhile, here
        try (OpenProject p = new OpenProject(H2ProjectStore.open(mine))) {
            p.execute(new AddDocument(text("journal.txt", "Journal de terrain, ma version.")));
            p.execute(new CreateCode(null, "Tiers", null));
        }

        try (OpenProject p = new OpenProject(H2ProjectStore.open(mine))) {
            MergeSource source;
            try (OpenProject other = new OpenProject(H2ProjectStore.openReadOnly(theirs, null))) {
                source = other.read(tx -> MergeSource.read(tx, "copie de Léa"));
            }
            State before = State.of(p);
            MergePlan preview = p.read(tx -> MergePlan.of(tx, source));
            assertThat(preview.documentsToAdd()).containsExactlyInAnyOrder("notes.txt", "journal.txt (copie de Léa)");
            assertThat(preview.documentsMatched()).isEqualTo(3);
            assertThat(preview.codesToAdd()).containsExactly("Lectures croisées", "Lectures croisées/Désaccords");
            assertThat(preview.codersToAdd()).containsExactly("lea");
            assertThat(preview.codingsToAdd()).isEqualTo(3);
            assertThat(preview.codingsPresent()).isEqualTo(45); // 46 sample codings, one resized there
            assertThat(preview.memosToAdd()).isEqualTo(1);
            assertThat(preview.conflicts()).extracting(MergeConflict::kind).containsExactlyInAnyOrder(
                    Kind.DOCUMENT_NAME_TAKEN, Kind.CODE_PATH_DIFFERS, Kind.CODE_GUID_DIFFERS, Kind.CODING_CHANGED);
            assertThat(State.of(p)).isEqualTo(before); // a preview changes nothing

            p.execute(new MergeProject(source));
            State after = State.of(p);
            assertThat(after.documents()).hasSize(before.documents().size() + 2);
            assertThat(after.codings()).hasSize(before.codings().size() + 3);
            assertThat(after.codes()).hasSize(before.codes().size() + 2);
            assertThat(after.memos()).hasSize(1);
            long lea = p.read(tx -> tx.coders().byName("lea")).orElseThrow().id();
            List<Coding> leas = p.read(tx -> tx.codings().list(new CodingFilter(null, null, lea)));
            assertThat(leas).hasSize(3);
            assertThat(code(p, "Lectures croisées/Désaccords").guid())
                    .isEqualTo(source.codes().stream().filter(c -> c.name().equals("Désaccords")).findFirst()
                            .orElseThrow().guid());
            // the merged comment still points at the coding it was written about
            List<String> comments = p.read(tx -> tx.memos().list().stream().map(m -> tx.codings().byId(m.codingId())
                    .map(Coding::guid).orElse("?")).toList());
            assertThat(comments).hasSize(1).doesNotContain("?");
            assertThat(p.history().nextUndo()).contains("Merge « copie de Léa »");

            assertThat(p.undo()).isPresent();
            assertThat(State.of(p)).isEqualTo(before);
            assertThat(p.redo()).isPresent();
            assertThat(State.of(p)).isEqualTo(after);

            assertThatThrownBy(() -> p.execute(new MergeProject(source)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("nothing new to merge");
            assertThat(State.of(p)).isEqualTo(after);
        }
    }
}
