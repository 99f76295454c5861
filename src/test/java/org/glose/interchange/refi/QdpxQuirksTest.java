package org.glose.interchange.refi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glose.interchange.refi.RefiFixtures.entries;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.glose.core.model.Code;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.project.OpenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made QDPX files reproducing each vendor quirk of shared/refi-qda/NOTES.md §4–5. */
class QdpxQuirksTest {

    @TempDir
    Path dir;

    static final String TEXT = "Hello world, this is a test.\nSecond line here.\n";
    static final String CODES = """
            <CodeBook><Codes>
              <Code guid="AAAAAAAA-0000-0000-0000-000000000001" name="Greeting" isCodable="true" color="#F00"/>
              <Code guid="{aaaaaaaa-0000-0000-0000-000000000002}" name="Folder" isCodable="false">
                <Description>A folder</Description>
                <Code guid="aaaaaaaa-0000-0000-0000-000000000003" name="Child" isCodable="true"/>
              </Code>
            </Codes></CodeBook>""";

    private LossReport importProject(String qdeName, String qde, Object... files) throws Exception {
        Object[] all = new Object[files.length + 2];
        all[0] = qdeName;
        all[1] = qde;
        System.arraycopy(files, 0, all, 2, files.length);
        Path qdpx = RefiFixtures.zip(dir.resolve("in.qdpx"), entries(all));
        return RefiFixtures.importQdpx(qdpx, dir.resolve("out"));
    }

    private static String project(String namespace, String body) {
        return "<Project xmlns=\"" + namespace + "\" name=\"Quirks\" origin=\"Test\">" + body + "</Project>";
    }

    private static String source(String attributes, String selections) {
        return "<Sources><TextSource guid=\"BBBBBBBB-0000-0000-0000-000000000001\" " + attributes + ">" + selections
                + "</TextSource></Sources>";
    }

    private static String selection(int start, int end, String... codeGuids) {
        StringBuilder sb = new StringBuilder("<PlainTextSelection guid=\"" + java.util.UUID.randomUUID()
                + "\" startPosition=\"" + start + "\" endPosition=\"" + end + "\">");
        for (String code : codeGuids) {
            sb.append("<Coding guid=\"").append(java.util.UUID.randomUUID()).append("\"><CodeRef targetGUID=\"")
                    .append(code).append("\"/></Coding>");
        }
        return sb.append("</PlainTextSelection>").toString();
    }

    private List<String> codings() {
        try (OpenProject p = RefiFixtures.open(dir.resolve("out"))) {
            return RefiFixtures.codingLines(p);
        }
    }

    @Test
    void oddNamesFolderCaseBarePathsNoDeclarationAndAnotherNamespaceStillImport() throws Exception {
        // ATLAS.ti 26 names the file after the project; NVivo Windows writes Sources/; qc writes bare names and
        // no XML declaration; QualCoder 1.x used the 1:0 namespace
        String qde = project("urn:QDA-XML:project:1:0", CODES + source("plainTextPath=\"interview.txt\"",
                selection(0, 5, "aaaaaaaa-0000-0000-0000-000000000001")));
        LossReport report = importProject("My Project.qde", qde, "Sources/interview.txt", TEXT,
                "sources/.root", "");
        assertThat(report.sources()).isEqualTo(1);
        assertThat(codings()).containsExactly("interview | Greeting | unknown | [0, 5) | Hello");
        try (OpenProject p = RefiFixtures.open(dir.resolve("out"))) {
            Document d = p.read(tx -> tx.documents().list()).get(0);
            assertThat(d.name()).as("a source without name takes its file's name").isEqualTo("interview");
            assertThat(d.guid()).isEqualTo("bbbbbbbb-0000-0000-0000-000000000001");
            assertThat(p.name()).isEqualTo("Quirks");
        }
    }

    @Test
    void aByteOrderMarkAndStandaloneDeclarationWithCrlfAndNoNamespaceAreAccepted() throws Exception {
        String qde = "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"no\"?>\r\n"
                + "<Project name=\"P\">" + CODES + source("name=\"S\" plainTextPath=\"internal://s.txt\"",
                selection(6, 11, "AAAAAAAA-0000-0000-0000-000000000001")) + "</Project>";
        importProject("project.qde", qde, "sources/s.txt", TEXT);
        assertThat(codings()).containsExactly("S | Greeting | unknown | [6, 11) | world");
    }

    @Test
    void theSpecExampleNamespaceAndInlineTextAreAccepted() throws Exception {
        String qde = project("urn:QDA-XML:project:0:10", CODES + "<Sources><TextSource guid=\"bbbbbbbb-0000-0000-"
                + "0000-000000000009\" name=\"Inline\"><PlainTextContent>" + TEXT + "</PlainTextContent>"
                + selection(0, 5, "aaaaaaaa-0000-0000-0000-000000000003") + "</TextSource></Sources>");
        importProject("project.qde", qde);
        assertThat(codings()).containsExactly("Inline | Folder/Child | unknown | [0, 5) | Hello");
    }

    @Test
    void nonCodableCodesAreKeptAsCodesAndReportedColoursAreExpandedOrGiven() throws Exception {
        LossReport report = importProject("project.qde", project("urn:QDA-XML:project:1.0", CODES));
        assertThat(report.codes()).isEqualTo(3);
        assertThat(report.skipped()).extracting(LossReport.Skipped::what)
                .containsExactly("1 code marked as not codable (folders)");
        try (OpenProject p = RefiFixtures.open(dir.resolve("out"))) {
            List<Code> codes = p.read(tx -> tx.codes().codebook().depthFirst());
            assertThat(codes).extracting(Code::name).containsExactly("Greeting", "Folder", "Child");
            assertThat(codes.get(0).colour()).isEqualTo("#FF0000");
            assertThat(codes.get(1).colour()).matches("#[0-9A-F]{6}");
            assertThat(codes.get(1).description()).isEqualTo("A folder");
            assertThat(codes.get(1).guid()).isEqualTo("aaaaaaaa-0000-0000-0000-000000000002");
        }
    }

    @Test
    void repeatedSpansSeveralCodingsPerSelectionOutOfOrderZeroLengthAndOverlongSelections() throws Exception {
        String a = "aaaaaaaa-0000-0000-0000-000000000001";
        String c = "aaaaaaaa-0000-0000-0000-000000000003";
        String selections = selection(29, 35, a) + selection(0, 5, a) + selection(0, 5, c) // NVivo: one per code
                + selection(6, 11, a, c) // others: several codings under one selection
                + selection(7, 7, a) // zero-length
                + selection(36, 999, a) // end past the text: clamped
                + selection(6, 11, a); // exact duplicate of a coding above
        LossReport report = importProject("project.qde", project("urn:QDA-XML:project:1.0", CODES
                + source("name=\"S\" plainTextPath=\"internal://s.txt\"", selections)), "sources/s.txt", TEXT);
        assertThat(codings()).containsExactly(
                "S | Folder/Child | unknown | [0, 5) | Hello",
                "S | Folder/Child | unknown | [6, 11) | world",
                "S | Greeting | unknown | [0, 5) | Hello",
                "S | Greeting | unknown | [29, 35) | Second",
                "S | Greeting | unknown | [36, 47) | line here.\n",
                "S | Greeting | unknown | [6, 11) | world");
        assertThat(report.skipped()).extracting(LossReport.Skipped::what).contains(
                "1 zero-length selection in \"S\"", "1 selection ending after the end of the text in \"S\"",
                "1 duplicate coding in \"S\"");
    }

    @Test
    void nvivoPositionsInUtf16UnitsAfterABomWithCrlfAreDetected() throws Exception {
        String text = "Jó 😀😀 napot!\r\nAz oltás 🎉 erősebb.\r\n";
        byte[] withBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        int start = text.indexOf("oltás");
        int end = text.indexOf("erősebb") + 7;
        String qde = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"N\" origin=\"NVivo for Windows 12.6\">" + CODES
                + source("name=\"V\" plainTextPath=\"internal://v.txt\"", selection(start, end,
                "aaaaaaaa-0000-0000-0000-000000000001") + selection(0, 2, "aaaaaaaa-0000-0000-0000-000000000001"))
                + "</Project>";
        LossReport report = importProject("project.qde", qde, "Sources/v.txt", withBom);
        assertThat(codings()).contains("V | Greeting | unknown | [" + start + ", " + end + ") | oltás 🎉 erősebb");
        assertThat(report.remarks()).anyMatch(r -> r.contains("UTF-16"));
        try (OpenProject p = RefiFixtures.open(dir.resolve("out"))) {
            String stored = p.read(tx -> tx.documents().text(tx.documents().list().get(0).id()));
            assertThat(stored).as("text kept exactly, CRLF included, BOM dropped").isEqualTo(text);
        }
    }

    @Test
    void codePointPositionsAreConvertedWhenTheTextHasEmoji() throws Exception {
        String text = "Jó 😀😀 napot! Az oltás 🎉 erősebb.";
        int startCp = text.codePointCount(0, text.indexOf("oltás"));
        int endCp = text.codePointCount(0, text.indexOf("erősebb") + 7);
        String qde = project("urn:QDA-XML:project:1.0", CODES + source("name=\"Q\" plainTextPath=\"q.txt\"",
                selection(startCp, endCp, "aaaaaaaa-0000-0000-0000-000000000001")));
        importProject("project.qde", qde, "sources/q.txt", text);
        assertThat(codings()).singleElement().asString().endsWith("| oltás 🎉 erősebb");
    }

    @Test
    void missingAndRepeatedNamesGetSuffixesAndEmptySourcesAreKept() throws Exception {
        String qde = project("urn:QDA-XML:project:1.0", "<Sources>"
                + "<TextSource guid=\"cccccccc-0000-0000-0000-000000000001\" name=\"Same\" plainTextPath=\"a.txt\"/>"
                + "<TextSource guid=\"cccccccc-0000-0000-0000-000000000002\" name=\"same\" plainTextPath=\"b.txt\"/>"
                + "<TextSource guid=\"cccccccc-0000-0000-0000-000000000003\" plainTextPath=\"internal://empty.txt\"/>"
                + "<TextSource guid=\"cccccccc-0000-0000-0000-000000000003\" name=\"dup guid\"><PlainTextContent/>"
                + "</TextSource></Sources>");
        LossReport report = importProject("project.qde", qde, "sources/a.txt", "A", "sources/b.txt", "B",
                "sources/empty.txt", "");
        assertThat(report.sources()).isEqualTo(4);
        try (OpenProject p = RefiFixtures.open(dir.resolve("out"))) {
            List<Document> docs = p.read(tx -> tx.documents().list());
            assertThat(docs).extracting(Document::name).containsExactlyInAnyOrder("Same", "same (2)", "empty",
                    "dup guid");
            assertThat(docs).filteredOn(d -> d.name().equals("empty")).singleElement()
                    .extracting(Document::length).isEqualTo(0);
            assertThat(docs).extracting(Document::guid).doesNotHaveDuplicates();
        }
    }

    @Test
    void notesDescriptionsCasesAndVariablesBecomeMemosCasesAndAttributes() throws Exception {
        String a = "aaaaaaaa-0000-0000-0000-000000000001";
        String sel = "<PlainTextSelection guid=\"dddddddd-0000-0000-0000-000000000001\" name=\"Quote 1\" "
                + "startPosition=\"0\" endPosition=\"5\"><Description>ATLAS comment</Description><Coding "
                + "guid=\"dddddddd-0000-0000-0000-000000000002\"><CodeRef targetGUID=\"" + a + "\"/><NoteRef "
                + "targetGUID=\"eeeeeeee-0000-0000-0000-000000000002\"/></Coding></PlainTextSelection>";
        String qde = project("urn:QDA-XML:project:1.0", "<Users><User guid=\"ffffffff-0000-0000-0000-000000000001\" "
                + "name=\"Ana\"/></Users>" + CODES
                + "<Variables><Variable guid=\"99999999-0000-0000-0000-000000000001\" name=\"age\" typeOfVariable="
                + "\"Integer\"/></Variables><Cases><Case guid=\"99999999-0000-0000-0000-000000000002\" name=\"R1\">"
                + "<Description>Respondent</Description><VariableValue><VariableRef targetGUID=\"99999999-0000-0000-"
                + "0000-000000000001\"/><IntegerValue>42</IntegerValue></VariableValue><SourceRef targetGUID=\""
                + "bbbbbbbb-0000-0000-0000-000000000001\"/></Case></Cases>"
                + source("name=\"S\" plainTextPath=\"s.txt\"", sel + "<NoteRef targetGUID=\"eeeeeeee-0000-0000-0000-"
                + "000000000001\"/>")
                + "<Notes><Note guid=\"eeeeeeee-0000-0000-0000-000000000001\" name=\"About S\" creatingUser=\"ffffffff"
                + "-0000-0000-0000-000000000001\"><PlainTextContent>Doc memo</PlainTextContent></Note>"
                + "<Note guid=\"eeeeeeee-0000-0000-0000-000000000002\" plainTextPath=\"internal://n.txt\"/>"
                + "<Note guid=\"eeeeeeee-0000-0000-0000-000000000003\"><PlainTextContent>Loose idea\nmore"
                + "</PlainTextContent></Note></Notes>");
        LossReport report = importProject("project.qde", qde, "sources/s.txt", TEXT, "sources/n.txt", "Coding note");
        assertThat(report.notes()).isEqualTo(4);
        assertThat(report.cases()).isEqualTo(1);
        try (OpenProject p = RefiFixtures.open(dir.resolve("out"))) {
            List<Memo> memos = p.read(tx -> tx.memos().list());
            assertThat(memos).extracting(Memo::title, Memo::text).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("About S", "Doc memo"),
                    org.assertj.core.groups.Tuple.tuple("Coding note", "Coding note"),
                    org.assertj.core.groups.Tuple.tuple("Loose idea", "Loose idea\nmore"),
                    org.assertj.core.groups.Tuple.tuple("Quote 1", "ATLAS comment"));
            assertThat(memos).filteredOn(m -> m.title().equals("About S")).singleElement()
                    .satisfies(m -> assertThat(m.documentId()).isNotNull());
            assertThat(memos).filteredOn(m -> m.title().startsWith("Co") || m.title().startsWith("Qu"))
                    .allSatisfy(m -> assertThat(m.codingId()).isNotNull());
            assertThat(memos).filteredOn(m -> m.title().equals("Loose idea")).singleElement()
                    .satisfies(m -> assertThat(m.documentId() == null && m.codeId() == null && m.codingId() == null)
                            .isTrue());
            assertThat(ProjectContent.dump(p)).contains("case R1 | Respondent | 99999999-0000-0000-0000-000000000002"
                    + " | [S] | [age=42]");
        }
        assertThat(report.remarks()).anyMatch(r -> r.contains("Integer"));
    }

    @Test
    void mediaSourcesPdfAreasExternalFilesSetsLinksAndGraphsAreReportedNotImported() throws Exception {
        String a = "aaaaaaaa-0000-0000-0000-000000000001";
        String qde = project("urn:QDA-XML:project:1.0", CODES + "<Sources>"
                + "<AudioSource guid=\"11111111-0000-0000-0000-000000000001\" name=\"rec\" path=\"internal://r.mp3\">"
                + "<AudioSelection guid=\"11111111-0000-0000-0000-000000000002\" begin=\"10\" end=\"10\"><Coding "
                + "guid=\"11111111-0000-0000-0000-000000000003\"><CodeRef targetGUID=\"" + a + "\"/></Coding>"
                + "</AudioSelection></AudioSource>"
                + "<PDFSource guid=\"11111111-0000-0000-0000-000000000004\" name=\"paper\" path=\"internal://p.pdf\">"
                + "<PDFSelection guid=\"11111111-0000-0000-0000-000000000005\" page=\"1\" firstX=\"1\" firstY=\"1\" "
                + "secondX=\"2\" secondY=\"2\"/><Representation guid=\"11111111-0000-0000-0000-000000000006\" "
                + "plainTextPath=\"internal://p.txt\">" + selection(0, 5, a) + "</Representation></PDFSource>"
                + "<TextSource guid=\"11111111-0000-0000-0000-000000000007\" name=\"far\" plainTextPath="
                + "\"relative://far/away.txt\"/></Sources>"
                + "<Links><Link guid=\"11111111-0000-0000-0000-000000000008\"/></Links>"
                + "<Sets><Set guid=\"11111111-0000-0000-0000-000000000009\" name=\"Group\"><MemberSource targetGUID="
                + "\"11111111-0000-0000-0000-000000000004\"/></Set></Sets>"
                + "<Graphs><Graph guid=\"11111111-0000-0000-0000-000000000010\"/></Graphs>");
        LossReport report = importProject("project.qde", qde, "sources/p.txt", TEXT, "sources/p.pdf",
                "%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII));
        assertThat(report.sources()).isEqualTo(1);
        assertThat(report.codings()).isEqualTo(1);
        assertThat(report.skipped()).extracting(LossReport.Skipped::what).contains("1 audio source",
                "1 coding of picture, audio or video sources", "1 PDF area selection in \"paper\"",
                "1 source whose file is outside the QDPX", "1 link between objects", "1 set (Group, 1 members)",
                "1 graph");
        assertThat(report.skipped()).allSatisfy(s -> assertThat(s.why()).isNotBlank());
        try (OpenProject p = RefiFixtures.open(dir.resolve("out"))) {
            Document pdf = p.read(tx -> tx.documents().list()).get(0);
            assertThat(pdf.format()).isEqualTo("pdf");
            byte[] original = p.read(tx -> tx.documents().original(pdf.id()));
            assertThat(original).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void theReportListsWhatWillBeImportedBeforeAnythingIsWritten() throws Exception {
        Path qdpx = RefiFixtures.zip(dir.resolve("p.qdpx"), entries("project.qde", project("urn:QDA-XML:project:1.0",
                CODES + source("name=\"S\" plainTextPath=\"s.txt\"", selection(0, 5, "aaaaaaaa-0000-0000-0000-"
                + "000000000001"))), "sources/s.txt", TEXT));
        LossReport preview = QdpxImport.preview(qdpx);
        assertThat(List.of(preview.codes(), preview.sources(), preview.codings())).containsExactly(3, 1, 1);
        assertThat(java.nio.file.Files.list(dir).map(f -> f.getFileName().toString())).containsExactly("p.qdpx");
        assertThat(preview.lines().get(0)).isEqualTo("Imported: 3 codes, 1 sources, 1 codings, 0 notes, 0 cases.");
    }

}
