package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.input.KeyEvent;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.coding.RecodeCoding;
import org.glose.core.coding.RemoveCoding;
import org.glose.core.coding.ResizeCoding;
import org.glose.core.document.EditDocumentText;
import org.glose.core.document.TextEdit;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.Command;
import org.glose.core.project.CompoundCommand;
import org.glose.core.project.InvalidInputException;
import org.glose.core.text.TextRange;
import org.glose.ui.document.EditTextDialog;
import org.glose.ui.edit.LabelledCommand;

/**
 * What the user does to code: apply a code to the selection (menu, button, Enter, double click, drop, recent
 * code keys), several codes at once, in-vivo coding, make a code, uncode, recode and resize a coding. Each is
 * one command, saved at once and undone in one step; the views refresh when the project reports the change.
 */
final class CodingActions {

    /** Recent codes offered on the quick keys 1–9. */
    static final int RECENT = 9;


    private final ProjectSession session;
    private final DocumentView document;
    private final CodebookView codebook;
    private final Dialogs dialogs;
    private final ObservableList<Code> recent = FXCollections.observableArrayList();
    private Runnable onAnnotate = () -> { };

    CodingActions(ProjectSession session, DocumentView document, CodebookView codebook, Dialogs dialogs) {
        this.session = session;
        this.document = document;
        this.codebook = codebook;
        this.dialogs = dialogs;
        document.setOnResize(this::resize);
        session.projectProperty().addListener((o, was, now) -> recent.clear());
        session.addChangeListener(label -> refreshRecent());
    }

    /** What M (annotate the selected passage) does. */
    void setOnAnnotate(Runnable onAnnotate) {
        this.onAnnotate = onAnnotate;
    }

    /** True when nothing can be changed (no project, or a read-only one): what coding controls are disabled by. */
    javafx.beans.binding.BooleanBinding cannotChange() {
        return session.cannotChange();
    }

    /** True on a read-only project, where the status bar then says that nothing can be changed. */
    boolean refusedReadOnly() {
        return session.refusedReadOnly();
    }

    /** The codes used last, most recent first (at most {@value #RECENT}). */
    ObservableList<Code> recent() {
        return recent;
    }

    /** Codes the selected passage with {@code code}. */
    void codeSelection(Code code) {
        if (refusedReadOnly()) {
            return;
        }
        Optional<TextRange> range = document.selection();
        if (range.isEmpty()) {
            session.announce(t("coding.selectFirst"));
            return;
        }
        code(document.document().id(), range.get(), code);
    }

    /** Codes a passage dragged onto a code, or a code dragged onto the selected passage. */
    void codePassage(PassageDrag.Passage passage, Code code) {
        if (refusedReadOnly()) {
            return;
        }
        Document shown = document.document();
        if (shown != null && shown.id() == passage.documentId()) {
            code(passage.documentId(), passage.range(), code);
        }
    }

    /** The code at {@code index} (0 = last used) on the selected passage: quick keys 1–9 and L. */
    void codeWithRecent(int index) {
        if (refusedReadOnly()) {
            return;
        }
        if (index >= recent.size()) {
            session.announce(recent.isEmpty() ? t("coding.recent.none") : t("coding.recent.missing", index + 1));
            return;
        }
        codeSelection(recent.get(index));
    }

    private void code(long documentId, TextRange range, Code code) {
        String coder = coder();
        if (coder == null) {
            return;
        }
        session.execute(new LabelledCommand<>(t("coding.label.code", code.name()),
                new ApplyCode(documentId, code.id(), coder, range)), coding -> used(code));
    }

    /** Several codes on the selected passage at once: one action, one undo. */
    void codeWithSeveral() {
        if (refusedReadOnly()) {
            return;
        }
        Optional<TextRange> range = document.selection();
        if (range.isEmpty()) {
            session.announce(t("coding.selectFirst"));
            return;
        }
        long documentId = document.document().id();
        List<Code> codes = CodePicker.pickSeveral(dialogs.owner(), codebook.codebook());
        String coder = codes.isEmpty() ? null : coder();
        if (coder == null) {
            return;
        }
        List<Command<?>> steps = new ArrayList<>();
        codes.forEach(c -> steps.add(new ApplyCode(documentId, c.id(), coder, range.get())));
        String label = codes.size() == 1 ? t("coding.label.code", codes.get(0).name())
                : t("coding.label.several", codes.size());
        session.execute(new CompoundCommand(label, steps), done -> codes.forEach(this::used));
    }

    /** Opens the code picker for the selected passage. */
    void pickCodeForSelection() {
        if (refusedReadOnly()) {
            return;
        }
        if (document.selection().isEmpty()) {
            session.announce(t("coding.selectFirst"));
            return;
        }
        CodePicker.pick(dialogs.owner(), codebook.codebook()).ifPresent(this::codeSelection);
    }

    void uncode(Coding coding) {
        if (refusedReadOnly()) {
            return;
        }
        DocumentCodings names = document.codings();
        String label = t("coding.label.uncode", names.codeName(coding.codeId()), names.coderName(coding.coderId()));
        session.execute(new LabelledCommand<>(label, new RemoveCoding(coding.id())), removed -> { });
    }

    /** Moves a coding to another code chosen in the picker, keeping its passage, coder and memos. */
    void recode(Coding coding) {
        if (refusedReadOnly()) {
            return;
        }
        DocumentCodings names = document.codings();
        CodePicker.pick(dialogs.owner(), codebook.codebook(), t("coding.recode.title", names.codeName(coding.codeId())),
                t("coding.recode.button")).ifPresent(target -> recode(coding, target));
    }

    void recode(Coding coding, Code target) {
        if (refusedReadOnly()) {
            return;
        }
        if (target.id() == coding.codeId()) {
            session.announce(t("coding.recode.same", target.name()));
            return;
        }
        String label = t("coding.label.recode", document.codings().codeName(coding.codeId()), target.name());
        session.execute(new LabelledCommand<>(label, new RecodeCoding(coding.id(), target.id())), c -> used(target));
    }

    void resize(Coding coding, TextRange range) {
        if (refusedReadOnly()) {
            return;
        }
        String label = t("coding.label.adjust", document.codings().codeName(coding.codeId()));
        session.execute(new LabelledCommand<>(label, new ResizeCoding(coding.id(), range)), c -> { });
    }

    /**
     * Replaces the selected text (a typo, a name to anonymise): codings, annotations and pages move with it, as
     * one undoable action; the document is then shown again with its new text.
     */
    void editSelectedText() {
        if (refusedReadOnly()) {
            return;
        }
        Optional<TextRange> range = document.selection();
        if (range.isEmpty()) {
            session.announce(t("coding.editText.selectFirst"));
            return;
        }
        String old = document.area().getSelectedText();
        long documentId = document.document().id();
        EditTextDialog.ask(dialogs.owner(), old, document.codingsHere().size()).ifPresent(text -> session.execute(
                new LabelledCommand<>(t("coding.label.editText", suggestedName(old), suggestedName(text)),
                        new EditDocumentText(documentId, new TextEdit(range.get(), text))), edited -> { }));
    }

    /** Asks for a name and a place, then adds the code to the codebook. */
    void newCode() {
        if (session.project() == null || refusedReadOnly()) {
            return;
        }
        Long parent = codebook.selectedCode().map(Code::id).orElse(null);
        NewCodeDialog.ask(dialogs.owner(), t("coding.newCode.title"), codebook.codebook(), "", parent).ifPresent(answer ->
                session.execute(new CreateCode(answer.parentId(), answer.name(), null),
                        code -> codebook.selectWhenShown(code.id())));
    }

    /** A new code named after the selected words (shortened), applied to them at once. */
    void newCodeFromSelection() {
        if (refusedReadOnly()) {
            return;
        }
        Optional<TextRange> range = document.selection();
        if (range.isEmpty()) {
            session.announce(t("coding.newFromSelection.selectFirst"));
            return;
        }
        long documentId = document.document().id();
        NewCodeDialog.ask(dialogs.owner(), t("coding.newFromSelection.title"), codebook.codebook(),
                suggestedName(document.area().getSelectedText()), null).ifPresent(answer -> {
                    String coder = coder();
                    if (coder != null) {
                        session.execute(new CodeInNewCode(answer.parentId(), answer.name(), documentId, coder,
                                range.get()), coding -> {
                                    codebook.selectWhenShown(coding.codeId());
                                    usedNew(coding.codeId());
                                });
                    }
                });
    }

    /**
     * In-vivo coding: the selected words become a top-level code that codes them, with no question asked; if a
     * top-level code already has that name, the passage is coded with it.
     */
    void inVivo() {
        if (refusedReadOnly()) {
            return;
        }
        Optional<TextRange> range = document.selection();
        if (range.isEmpty() || document.area().getSelectedText().isBlank()) {
            session.announce(t("coding.inVivo.selectFirst"));
            return;
        }
        String name = suggestedName(document.area().getSelectedText());
        Optional<Code> existing = codebook.codebook().childrenOf(null).stream()
                .filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
        if (existing.isPresent()) {
            codeSelection(existing.get());
            return;
        }
        String coder = coder();
        if (coder != null) {
            session.execute(new LabelledCommand<>(t("coding.label.inVivo", name), new CodeInNewCode(null, name,
                    document.document().id(), coder, range.get())), coding -> {
                        codebook.selectWhenShown(coding.codeId());
                        usedNew(coding.codeId());
                    });
        }
    }

    /**
     * The document's bare keys (guide ui.md §2; the text is read-only, so letters are free): C picker, L last
     * code, V in vivo, M annotate, 1–9 recent codes; on a coding selected by its stripe, Delete uncodes, R recodes, E adjusts
     * its bounds. On a read-only project each of them only says, in the status bar, that nothing can be changed.
     */
    void documentKey(KeyEvent e) {
        if (e.isConsumed() || e.isShortcutDown() || e.isAltDown() || document.adjustingBounds()
                || document.document() == null) {
            return;
        }
        Coding selected = document.selectedCoding();
        boolean handled = true;
        switch (e.getCode()) {
            case C -> pickCodeForSelection();
            case L -> codeWithRecent(0);
            case V -> inVivo();
            case M -> {
                if (!refusedReadOnly()) {
                    onAnnotate.run();
                }
            }
            case DELETE, BACK_SPACE -> {
                if (selected != null) {
                    uncode(selected);
                } else {
                    handled = false;
                }
            }
            case R -> {
                if (selected != null) {
                    recode(selected);
                } else {
                    handled = false;
                }
            }
            case E -> {
                if (selected != null) {
                    document.adjustBounds(); // refused on a read-only project
                } else {
                    handled = false;
                }
            }
            default -> {
                if (e.getCode().isDigitKey() && !e.getText().isEmpty() && Character.isDigit(e.getText().charAt(0))
                        && e.getText().charAt(0) != '0') {
                    codeWithRecent(e.getText().charAt(0) - '1');
                } else {
                    handled = false;
                }
            }
        }
        if (handled) {
            e.consume();
        }
    }

    private void used(Code code) {
        recent.removeIf(c -> c.id() == code.id());
        recent.add(0, code);
        if (recent.size() > RECENT) {
            recent.remove(RECENT, recent.size());
        }
    }

    /** A code just made by coding: read it, then put it first among the recent codes. */
    private void usedNew(long codeId) {
        session.read(tx -> tx.codes().codebook().byId(codeId), code -> code.ifPresent(this::used));
    }

    /** Renamed or recoloured codes show their new name; deleted ones leave the recent list. */
    private void refreshRecent() {
        session.read(tx -> tx.codes().codebook(), book -> {
            List<Code> fresh = recent.stream().map(c -> book.byId(c.id()).orElse(null))
                    .filter(java.util.Objects::nonNull).toList();
            if (!fresh.equals(recent)) {
                recent.setAll(fresh);
            }
        });
    }

    private String coder() {
        try {
            return session.coder();
        } catch (InvalidInputException e) {
            dialogs.error(e);
            return null;
        }
    }

    /** The selected words as a code name: one line, at most 60 characters, cut at a word. */
    static String suggestedName(String selected) {
        String s = selected.strip().replaceAll("\\s+", " ");
        if (s.length() <= 60) {
            return s;
        }
        int cut = s.lastIndexOf(' ', 60);
        return s.substring(0, cut > 20 ? cut : 60);
    }
}
