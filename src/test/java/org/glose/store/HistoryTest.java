package org.glose.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CodingRow;
import org.glose.core.coding.CreateCode;
import org.glose.core.coding.DeleteCode;
import org.glose.core.coding.ImportCodings;
import org.glose.core.coding.MergeCodes;
import org.glose.core.coding.MoveCode;
import org.glose.core.coding.RecodeCoding;
import org.glose.core.coding.RemoveCoding;
import org.glose.core.coding.ResizeCoding;
import org.glose.core.coding.UpdateCode;
import org.glose.core.document.DeleteDocument;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.ChangeEntry;
import org.glose.core.project.ChangeKind;
import org.glose.core.project.HistoryFilter;
import org.glose.core.project.OpenProject;
import org.glose.core.text.TextRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {

    @TempDir
    Path dir;

    private static List<ChangeEntry> history(OpenProject p, HistoryFilter filter) {
        return p.read(tx -> tx.history().list(filter));
    }

    @Test
    void recordsWhoCodedRecodedResizedAndUncodedWhatAndWhenNewestFirst() {
        try (OpenProject p = TestProjects.create(dir.resolve("p"))) {
            Document d = TestProjects.addDocument(p, "entretien.txt", TestProjects.TEXT);
            Code communs = p.execute(new CreateCode(null, "Communs", null));
            Code etat = p.execute(new CreateCode(null, "État", null));
            p.setActor("camille");
            Coding c = p.execute(new ApplyCode(d.id(), communs.id(), "camille", TextRange.of(3, 10)));
            p.setActor("yanis");
            p.execute(new RecodeCoding(c.id(), etat.id()));
            p.execute(new ResizeCoding(c.id(), TextRange.of(3, 20)));
            p.execute(new RemoveCoding(c.id()));

            List<ChangeEntry> all = history(p, HistoryFilter.ofDocument(d.id()));
            assertThat(all).extracting(ChangeEntry::kind).containsExactly(ChangeKind.UNCODED, ChangeKind.RESIZED,
                    ChangeKind.RECODED, ChangeKind.CODED, ChangeKind.DOCUMENT_IMPORTED);
            assertThat(all).extracting(ChangeEntry::actor).startsWith("yanis", "yanis", "yanis", "camille");
            ChangeEntry coded = all.get(3);
            assertThat(coded.documentName()).isEqualTo("entretien.txt");
            assertThat(coded.codeName()).isEqualTo("Communs");
            assertThat(coded.detail()).isEqualTo("« donnée »");
            assertThat(coded.action()).startsWith("Code passage");
            assertThat(coded.at()).isNotNull();
            ChangeEntry recoded = all.get(2);
            assertThat(recoded.codeName()).isEqualTo("État");
            assertThat(recoded.otherCodeName()).isEqualTo("Communs");
            assertThat(all.get(1).detail()).startsWith("from [3, 10)");
            assertThat(all.get(1).start()).isEqualTo(3);
            assertThat(all.get(1).end()).isEqualTo(20);
        }
    }

    @Test
    void anUndoIsRecordedAsAnEntryOfItsOwn() {
        try (OpenProject p = TestProjects.create(dir.resolve("p"))) {
            Document d = TestProjects.addDocument(p, "a.txt", TestProjects.TEXT);
            Code code = p.execute(new CreateCode(null, "Communs", null));
            p.execute(new ApplyCode(d.id(), code.id(), "camille", TextRange.of(0, 2)));
            p.undo();
            p.redo();
            List<ChangeEntry> entries = history(p, HistoryFilter.ofCode(code.id()));
            assertThat(entries).extracting(ChangeEntry::kind).containsExactly(ChangeKind.CODING_RESTORED,
                    ChangeKind.UNCODED, ChangeKind.CODED, ChangeKind.CODE_CREATED);
            assertThat(entries.get(0).action()).isEqualTo("Redo: Code “Communs”");
            assertThat(entries.get(1).action()).isEqualTo("Undo: Code “Communs”");
        }
    }

    @Test
    void aCodesHistoryShowsItsLifeFromCreationToMergeAndDeletion() {
        try (OpenProject p = TestProjects.create(dir.resolve("p"))) {
            Document d = TestProjects.addDocument(p, "a.txt", TestProjects.TEXT);
            Code parent = p.execute(new CreateCode(null, "Thèmes", null));
            Code source = p.execute(new CreateCode(null, "Commun", null));
            Code target = p.execute(new CreateCode(null, "Communs", null));
            p.execute(UpdateCode.rename(source, "Bien commun"));
            p.execute(new MoveCode(source.id(), parent.id()));
            p.execute(new ApplyCode(d.id(), source.id(), "camille", TextRange.of(0, 2)));
            p.execute(new MergeCodes(source.id(), target.id()));

            List<ChangeEntry> ofSource = history(p, HistoryFilter.ofCode(source.id()));
            assertThat(ofSource).extracting(ChangeEntry::kind).containsExactly(ChangeKind.CODE_DELETED,
                    ChangeKind.RECODED, ChangeKind.CODED, ChangeKind.CODE_MOVED, ChangeKind.CODE_EDITED,
                    ChangeKind.CODE_CREATED);
            assertThat(ofSource.get(0).codeName()).isEqualTo("Bien commun");
            assertThat(ofSource.get(3).detail()).isEqualTo("under « Thèmes »");
            assertThat(ofSource.get(4).detail()).isEqualTo("renamed from « Commun »");
            assertThat(ofSource.get(1).action()).isEqualTo(ofSource.get(0).action()).startsWith("Merge");
            List<ChangeEntry> ofTarget = history(p, HistoryFilter.ofCode(target.id()));
            assertThat(ofTarget).extracting(ChangeEntry::kind).contains(ChangeKind.RECODED);
        }
    }

    @Test
    void deletingADocumentOrACodeRecordsEveryCodingThatWentWithIt() {
        try (OpenProject p = TestProjects.create(dir.resolve("p"))) {
            Document d = TestProjects.addDocument(p, "a.txt", TestProjects.TEXT);
            Code a = p.execute(new CreateCode(null, "A", null));
            Code b = p.execute(new CreateCode(null, "B", null));
            p.execute(new ImportCodings(List.of(new CodingRow(1, "a.txt", 0, 2, "A", "x"),
                    new CodingRow(2, "a.txt", 3, 5, "A", "x"), new CodingRow(3, "a.txt", 0, 5, "B", "x"))));
            p.execute(new DeleteCode(b.id(), DeleteCode.Codings.DELETE));
            List<ChangeEntry> ofB = history(p, HistoryFilter.ofCode(b.id()));
            assertThat(ofB).extracting(ChangeEntry::kind).containsExactly(ChangeKind.CODE_DELETED,
                    ChangeKind.UNCODED, ChangeKind.CODED, ChangeKind.CODE_CREATED);
            assertThat(ofB.get(1).detail()).endsWith("(with the code « B »)");

            p.execute(new DeleteDocument(d.id()));
            List<ChangeEntry> ofA = history(p, HistoryFilter.ofCode(a.id()));
            assertThat(ofA).filteredOn(e -> e.kind() == ChangeKind.UNCODED).hasSize(2)
                    .allMatch(e -> e.detail().endsWith("(with the document « a.txt »)"));
            List<ChangeEntry> ofDocument = history(p, HistoryFilter.ofDocument(d.id()));
            assertThat(ofDocument.get(0).kind()).isEqualTo(ChangeKind.DOCUMENT_DELETED);
            assertThat(ofDocument.get(0).detail()).isEqualTo("2 coding(s)");

            p.undo();
            List<ChangeEntry> restored = history(p, new HistoryFilter(d.id(), null, 3));
            assertThat(restored).hasSize(3).extracting(ChangeEntry::kind).contains(ChangeKind.DOCUMENT_RESTORED,
                    ChangeKind.CODING_RESTORED);
        }
    }

    @Test
    void theHistoryOutlivesReopeningAndNamesTheDefaultActorWhenNoneWasSet() {
        Path folder = dir.resolve("p");
        try (OpenProject p = TestProjects.create(folder)) {
            p.execute(new CreateCode(null, "Communs", null));
        }
        try (OpenProject p = TestProjects.reopen(folder)) {
            List<ChangeEntry> entries = history(p, HistoryFilter.ALL);
            assertThat(entries).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(ChangeKind.CODE_CREATED);
                assertThat(e.actor()).isEqualTo(org.glose.core.coding.Coders.DEFAULT);
                assertThat(e.codeName()).isEqualTo("Communs");
            });
        }
    }
}
