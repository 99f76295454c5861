package org.glose.interchange.refi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glose.interchange.refi.ImportPlan.PlannedMemo;
import org.glose.interchange.refi.ImportPlan.Target;
import org.glose.interchange.refi.PlanContext.NoteTarget;
import org.glose.interchange.refi.RefiProject.TextPart;

/**
 * Plans the memos of a REFI project: each {@code Note} becomes a memo on the object whose {@code NoteRef} names
 * it (a code, a document, a coding), or a free memo when nothing imported refers to it.
 */
final class NotePlanner {

    private static final int TITLE_LENGTH = 80;

    private final PlanContext ctx;
    private final QdpxArchive archive;
    final List<PlannedMemo> memos = new ArrayList<>();

    NotePlanner(PlanContext ctx, QdpxArchive archive) {
        this.ctx = ctx;
        this.archive = archive;
    }

    void plan(List<TextPart> notes) {
        for (TextPart note : notes) {
            Optional<String> text = text(note);
            if (text.isEmpty()) {
                ctx.losses.add("note%s whose text file is missing from the QDPX", null, "there is no text to keep");
                continue;
            }
            List<NoteTarget> targets = note.guid() == null ? List.of()
                    : ctx.noteTargets.getOrDefault(note.guid(), List.of());
            List<NoteTarget> distinct = targets.stream().distinct().toList();
            if (distinct.size() > 1) {
                ctx.losses.add("note%s attached to several objects", null, "a Glose memo belongs to one object; "
                        + "it was attached to the first");
            }
            NoteTarget target = distinct.isEmpty() ? new NoteTarget(Target.PROJECT, null) : distinct.get(0);
            ctx.losses.add("selection%s inside notes", null, "Glose does not code memos",
                    note.selections().size());
            memos.add(new PlannedMemo(ctx.guid(note.guid()), title(note.name(), text.get()), text.get(),
                    target.target(), target.guid(), ctx.coderIfGiven(note.creatingUser()), note.created()));
        }
    }

    private Optional<String> text(TextPart note) {
        if (!PlanContext.blank(note.plainTextPath())) {
            Optional<byte[]> bytes = archive.source(note.plainTextPath());
            if (bytes.isPresent()) {
                return Optional.of(SourceText.decode(bytes.get()).text());
            }
        }
        if (note.inlineText() != null) {
            return Optional.of(note.inlineText());
        }
        return PlanContext.blank(note.plainTextPath()) ? Optional.of("") : Optional.empty();
    }

    /** The note's name, else its first line (cut), else "Note". */
    static String title(String name, String text) {
        boolean named = !PlanContext.blank(name);
        String title = named ? name.strip() : text.strip().lines().findFirst().orElse("").strip();
        int max = named ? 500 : TITLE_LENGTH;
        if (title.length() > max) {
            title = title.substring(0, max - 1).strip() + "…";
        }
        return title.isEmpty() ? "Note" : title;
    }
}
