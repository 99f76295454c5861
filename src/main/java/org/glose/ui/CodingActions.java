package org.glose.ui;

import java.util.Optional;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.coding.RemoveCoding;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.InvalidInputException;
import org.glose.core.text.TextRange;

/**
 * What the user does to code: apply a code to the selection (menu, button, Enter, double click, drop), make a
 * code, make one from the selection, uncode. Each is one command, saved at once; the views refresh when the
 * project reports the change.
 */
final class CodingActions {

    private final ProjectSession session;
    private final DocumentView document;
    private final CodebookView codebook;
    private final Dialogs dialogs;

    CodingActions(ProjectSession session, DocumentView document, CodebookView codebook, Dialogs dialogs) {
        this.session = session;
        this.document = document;
        this.codebook = codebook;
        this.dialogs = dialogs;
    }

    /** Codes the selected passage with {@code code}. */
    void codeSelection(Code code) {
        Optional<TextRange> range = document.selection();
        if (range.isEmpty()) {
            session.announce("Select a passage of the document first, then choose the code.");
            return;
        }
        code(document.document().id(), range.get(), code);
    }

    /** Codes a passage dragged onto a code. */
    void codePassage(PassageDrag.Passage passage, Code code) {
        Document shown = document.document();
        if (shown != null && shown.id() == passage.documentId()) {
            code(passage.documentId(), passage.range(), code);
        }
    }

    private void code(long documentId, TextRange range, Code code) {
        String coder;
        try {
            coder = session.coder();
        } catch (InvalidInputException e) {
            dialogs.error(e);
            return;
        }
        session.execute(new LabelledCommand<>("Code “" + code.name() + "”",
                new ApplyCode(documentId, code.id(), coder, range)), coding -> { });
    }

    /** Opens the code picker for the selected passage. */
    void pickCodeForSelection() {
        if (document.selection().isEmpty()) {
            session.announce("Select a passage of the document first, then choose the code.");
            return;
        }
        CodePicker.pick(dialogs.owner(), codebook.codebook()).ifPresent(this::codeSelection);
    }

    void uncode(Coding coding) {
        DocumentCodings names = document.codings();
        String label = "Uncode “" + names.codeName(coding.codeId()) + "” (" + names.coderName(coding.coderId()) + ")";
        session.execute(new LabelledCommand<>(label, new RemoveCoding(coding.id())), removed -> { });
    }

    /** Asks for a name and a place, then adds the code to the codebook. */
    void newCode() {
        if (session.project() == null) {
            return;
        }
        Long parent = codebook.selectedCode().map(Code::id).orElse(null);
        NewCodeDialog.ask(dialogs.owner(), "New code", codebook.codebook(), "", parent).ifPresent(answer ->
                session.execute(new CreateCode(answer.parentId(), answer.name(), null),
                        code -> codebook.selectWhenShown(code.id())));
    }

    /** A new code named after the selected words (shortened), applied to them at once. */
    void newCodeFromSelection() {
        Optional<TextRange> range = document.selection();
        if (range.isEmpty()) {
            session.announce("Select a passage of the document first.");
            return;
        }
        long documentId = document.document().id();
        NewCodeDialog.ask(dialogs.owner(), "New code from selection", codebook.codebook(),
                suggestedName(document.area().getSelectedText()), null).ifPresent(answer -> {
                    String coder;
                    try {
                        coder = session.coder();
                    } catch (InvalidInputException e) {
                        dialogs.error(e);
                        return;
                    }
                    session.execute(new CodeInNewCode(answer.parentId(), answer.name(), documentId, coder,
                            range.get()), coding -> codebook.selectWhenShown(coding.codeId()));
                });
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
