package org.glose.interchange.refi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.glose.core.model.NewDocument;
import org.glose.core.text.OffsetIndex;
import org.glose.core.text.TextRange;
import org.glose.interchange.refi.GloseExtension.DocumentInfo;
import org.glose.interchange.refi.ImportPlan.PlannedCoding;
import org.glose.interchange.refi.ImportPlan.PlannedDocument;
import org.glose.interchange.refi.ImportPlan.PlannedMemo;
import org.glose.interchange.refi.ImportPlan.Target;
import org.glose.interchange.refi.PlanContext.NoteTarget;
import org.glose.interchange.refi.RefiProject.Coding;
import org.glose.interchange.refi.RefiProject.Kind;
import org.glose.interchange.refi.RefiProject.Selection;
import org.glose.interchange.refi.RefiProject.Source;
import org.glose.interchange.refi.RefiProject.TextPart;

/** Plans the documents and codings of a REFI project: texts read exactly, positions converted to UTF-16 units. */
final class SourcePlanner {

    private final PlanContext ctx;
    private final QdpxArchive archive;
    private final Map<String, DocumentInfo> extension;
    private final boolean nvivo;
    private final PlanContext.UniqueNames names = new PlanContext.UniqueNames(500);
    private final Map<String, String> codingByKey = new HashMap<>();
    final List<PlannedDocument> documents = new ArrayList<>();
    final List<PlannedCoding> codings = new ArrayList<>();
    final List<PlannedMemo> memos = new ArrayList<>();

    SourcePlanner(PlanContext ctx, QdpxArchive archive, Map<String, DocumentInfo> extension, boolean nvivo) {
        this.ctx = ctx;
        this.archive = archive;
        this.extension = extension;
        this.nvivo = nvivo;
    }

    void plan(List<Source> sources) {
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            if (s.kind() == Kind.TEXT || s.kind() == Kind.PDF && s.text() != null) {
                text(s, i);
            } else if (s.kind() == Kind.PDF) {
                ctx.losses.add("PDF source%s without a text representation", null,
                        "Glose codes text; import the PDF file itself with \"glose import\"");
                ctx.losses.add("coding%s of PDF sources without text", null, "their sources are not imported",
                        s.areaCodings() + s.sourceCodings());
            } else {
                String kind = s.kind().name().toLowerCase(Locale.ROOT);
                ctx.losses.add(kind + " source%s", null, "Glose works on text; pictures, audio and video cannot "
                        + "be imported");
                ctx.losses.add("coding%s of picture, audio or video sources", null, "their sources are not imported",
                        s.areaCodings() + s.sourceCodings());
                ctx.losses.add("transcript%s of audio or video sources", null, "their sources are not imported",
                        s.transcripts());
            }
        }
    }

    private void text(Source s, int index) {
        TextPart t = s.text();
        String name = names.take(PlanContext.blank(s.name()) ? fileStem(s, t) : s.name(), "Source " + (index + 1));
        Optional<byte[]> plainBytes = Optional.ofNullable(t.plainTextPath()).flatMap(archive::source);
        String text;
        if (plainBytes.isPresent()) {
            SourceText decoded = SourceText.decode(plainBytes.get());
            text = decoded.text();
            if (decoded.damaged()) {
                ctx.losses.remark("The text of \"" + name + "\" is not valid UTF-8: undecodable bytes became \uFFFD.");
            }
        } else if (t.inlineText() != null) {
            text = t.inlineText();
        } else if (!PlanContext.blank(t.plainTextPath())) {
            boolean external = QdpxArchive.isExternal(t.plainTextPath());
            ctx.losses.add(external ? "source%s whose file is outside the QDPX" : "source%s whose text file is "
                    + "missing from the QDPX", null, external ? "Glose reads only files inside the archive "
                    + "(relative:// and absolute:// paths are not followed)" : "no file of the archive matches its "
                    + "plainTextPath; its codings are lost too");
            return;
        } else {
            text = "";
            ctx.losses.remark("\"" + name + "\" has no text: it is imported as an empty document.");
        }
        String docGuid = ctx.guid(s.guid());
        if (s.guid() != null) {
            ctx.documents.put(s.guid(), docGuid);
        }
        if (t.guid() != null) {
            ctx.documents.put(t.guid(), docGuid);
        }
        documents.add(new PlannedDocument(docGuid, document(s, t, name, text, plainBytes)));
        selections(t, name, text, docGuid);
        for (Coding c : t.codings()) {
            if (text.isEmpty()) {
                ctx.losses.add("coding%s of an empty source", name, "there is no text to code");
            } else {
                coding(c, docGuid, new TextRange(0, text.length()), null, t.creatingUser(), null, name);
            }
        }
        List<String> notes = new ArrayList<>(s.noteRefs());
        if (s.kind() == Kind.PDF) {
            notes.addAll(t.noteRefs());
            ctx.losses.add("PDF area selection%s", name, "Glose codes the text of a PDF, not areas of its pages",
                    s.areaSelections());
            ctx.losses.add("coding%s of PDF areas or of the whole PDF", name, "Glose codes the text of a PDF",
                    s.areaCodings() + s.sourceCodings());
        }
        notes.forEach(n -> ctx.noteRef(n, Target.DOCUMENT, docGuid));
        if (!PlanContext.blank(t.description())) {
            memos.add(new PlannedMemo(ctx.guid(null), "Description", t.description(), Target.DOCUMENT, docGuid,
                    ctx.coderIfGiven(t.creatingUser()), t.created()));
        }
        ctx.losses.add("variable value%s given to a source", name, "Glose keeps attributes on cases, not on "
                + "documents", s.variableValues() + (s.kind() == Kind.PDF ? t.variableValues() : 0));
    }

    private NewDocument document(Source s, TextPart t, String name, String text, Optional<byte[]> plainBytes) {
        byte[] original = plainBytes.orElseGet(() -> text.getBytes(StandardCharsets.UTF_8));
        String format = "txt";
        if (s.kind() == Kind.PDF) {
            Optional<byte[]> pdf = Optional.ofNullable(s.path()).flatMap(archive::source);
            if (pdf.isPresent()) {
                original = pdf.get();
                format = "pdf";
            } else {
                ctx.losses.add("original PDF file%s missing from the QDPX", null, "the document keeps its text only");
            }
        } else if (!PlanContext.blank(t.richTextPath())) {
            Optional<byte[]> rich = archive.source(t.richTextPath());
            if (rich.isPresent() && t.richTextPath().toLowerCase(Locale.ROOT).endsWith(".docx")) {
                original = rich.get();
                format = "docx";
            } else {
                ctx.losses.add(rich.isPresent() ? "rich-text file%s other than .docx" : "rich-text file%s missing "
                        + "from the QDPX", null, "the plain text, which the codings refer to, is imported");
            }
        }
        String originalName = name + "." + format;
        String encoding = "UTF-8";
        String language = null;
        List<Integer> pages = null;
        DocumentInfo info = s.guid() == null ? null : extension.get(s.guid());
        if (info != null) {
            if (info.originalEntry() != null) {
                Optional<byte[]> kept = archive.entry(info.originalEntry());
                if (kept.isPresent()) {
                    original = kept.get();
                    format = info.format() == null ? format : info.format();
                }
            }
            originalName = info.originalName() == null ? originalName : info.originalName();
            encoding = info.encoding();
            language = info.language();
            pages = validPages(info.pageStarts(), text.length());
        }
        return new NewDocument(name, format, originalName, original, PlanContext.sha256(original), text, pages,
                encoding, language);
    }

    private void selections(TextPart t, String name, String text, String docGuid) {
        OffsetIndex index = OffsetIndex.of(text);
        List<long[]> spans = t.selections().stream().filter(s -> s.start() != null && s.end() != null)
                .map(s -> new long[] {s.start(), s.end()}).toList();
        PositionUnits.Unit unit = PositionUnits.choose(text, index, spans, nvivo);
        if (unit == PositionUnits.Unit.UTF16 && !spans.isEmpty() && index.codePointLength() != index.utf16Length()) {
            ctx.losses.remark("Positions in \"" + name + "\" count UTF-16 units, not code points as the standard "
                    + "says (NVivo writes them so); they were read that way.");
        }
        for (Selection sel : t.selections()) {
            if (sel.start() == null || sel.end() == null) {
                ctx.losses.add("selection%s without positions", name, "there is nothing to locate");
                continue;
            }
            if (sel.start() < 0 || sel.end() < sel.start()) {
                ctx.losses.add("selection%s with negative or reversed positions", name,
                        "Glose does not guess which passage was meant");
                continue;
            }
            int start = toUtf16(sel.start(), unit, text, index, false);
            if (start < 0) {
                ctx.losses.add("selection%s starting after the end of the text", name, "the positions do not fit "
                        + "the text");
                continue;
            }
            int end = toUtf16(sel.end(), unit, text, index, true);
            if (end < 0) {
                ctx.losses.add("selection%s ending after the end of the text", name, "they were cut at the end of "
                        + "the text");
                end = text.length();
            }
            if (end <= start) {
                ctx.losses.add("zero-length selection%s", name, "a coding covers at least one character");
                continue;
            }
            TextRange range = new TextRange(start, end);
            String first = null;
            for (Coding c : sel.codings()) {
                String g = coding(c, docGuid, range, sel.creatingUser(), t.creatingUser(), sel.created(), name);
                first = first == null ? g : first;
            }
            NoteTarget target = first != null ? new NoteTarget(Target.CODING, first)
                    : new NoteTarget(Target.DOCUMENT, docGuid);
            if (sel.guid() != null) {
                ctx.selections.put(sel.guid(), target);
            }
            sel.noteRefs().forEach(n -> ctx.noteRef(n, target.target(), target.guid()));
            // ATLAS.ti writes its comments here rather than as notes (NOTES §5.7)
            if (!PlanContext.blank(sel.description())) {
                String title = PlanContext.blank(sel.name()) ? "Comment" : sel.name().strip();
                String author = sel.creatingUser() != null ? sel.creatingUser() : t.creatingUser();
                memos.add(new PlannedMemo(ctx.guid(null), title, sel.description(), target.target(), target.guid(),
                        ctx.coderIfGiven(author), sel.created()));
            } else if (sel.codings().isEmpty() && sel.noteRefs().isEmpty()) {
                ctx.losses.add("selection%s without any coding", name, "Glose keeps coded passages; an uncoded "
                        + "selection has nothing to keep");
            }
        }
    }

    /** Plans one coding; returns its GUID (an earlier identical coding's, for a duplicate) or null when lost. */
    private String coding(Coding c, String docGuid, TextRange range, String selectionUser, String sourceUser,
                          Instant selectionCreated, String name) {
        String code = c.codeGuid() == null ? null : ctx.codes.get(c.codeGuid());
        if (code == null) {
            ctx.losses.add("coding%s whose code is not in the codebook", name, "there is no code to give them");
            return null;
        }
        String coder = ctx.coder(c.creatingUser(), selectionUser, sourceUser);
        String key = docGuid + "|" + code + "|" + coder + "|" + range;
        String guid = codingByKey.get(key);
        if (guid != null) {
            ctx.losses.add("duplicate coding%s", name, "the same code on the same passage by the same coder is "
                    + "kept once");
        } else {
            guid = ctx.guid(c.guid());
            codingByKey.put(key, guid);
            codings.add(new PlannedCoding(guid, docGuid, code, coder, range,
                    c.created() != null ? c.created() : selectionCreated));
        }
        if (c.guid() != null) {
            ctx.codings.put(c.guid(), guid);
        }
        String target = guid;
        c.noteRefs().forEach(n -> ctx.noteRef(n, Target.CODING, target));
        return guid;
    }

    /** A position in UTF-16 units, or -1 past the text; never inside a character (an edge is moved outward). */
    private static int toUtf16(long position, PositionUnits.Unit unit, String text, OffsetIndex index,
                               boolean isEnd) {
        if (unit == PositionUnits.Unit.CODE_POINTS) {
            return position > index.codePointLength() ? -1 : index.toUtf16((int) position);
        }
        if (position > text.length()) {
            return -1;
        }
        int p = (int) position;
        boolean splits = p > 0 && p < text.length() && Character.isHighSurrogate(text.charAt(p - 1))
                && Character.isLowSurrogate(text.charAt(p));
        return splits ? (isEnd ? p + 1 : p - 1) : p;
    }

    private static List<Integer> validPages(List<Integer> starts, int length) {
        if (starts == null || starts.isEmpty() || starts.get(0) != 0) {
            return null;
        }
        for (int i = 0; i < starts.size(); i++) {
            Integer s = starts.get(i);
            if (s == null || s > length || i > 0 && s < starts.get(i - 1)) {
                return null;
            }
        }
        return starts;
    }

    private static String fileStem(Source s, TextPart t) {
        String path = !PlanContext.blank(t.name()) ? t.name() : !PlanContext.blank(s.path()) ? s.path()
                : t.plainTextPath();
        if (PlanContext.blank(path)) {
            return null;
        }
        String file = path.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
