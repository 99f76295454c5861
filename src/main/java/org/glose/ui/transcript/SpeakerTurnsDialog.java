package org.glose.ui.transcript;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glose.core.model.Document;
import org.glose.core.transcript.CodeSpeakerTurns;
import org.glose.core.transcript.SpeakerTurns;
import org.glose.ui.edit.WorkbenchSession;

/**
 * "Code speaker turns…": reads the shown transcript's turns (off the FX thread), previews the speakers found with
 * their turns and characters, lets the user untick false speakers ("Note:", "http:"), then codes the turns and
 * makes the cases in one undoable action.
 */
public final class SpeakerTurnsDialog {

    private final WorkbenchSession session;
    private final Supplier<Window> owner;

    public SpeakerTurnsDialog(WorkbenchSession session, Supplier<Window> owner) {
        this.session = session;
        this.owner = owner;
    }

    public void open(Document document) {
        if (document == null) {
            session.announce("Open the transcript first, then code its speaker turns.");
            return;
        }
        session.read(tx -> SpeakerTurns.speakers(SpeakerTurns.parse(tx.documents().text(document.id()))),
                speakers -> preview(document, speakers));
    }

    private void preview(Document document, List<SpeakerTurns.Speaker> speakers) {
        if (speakers.isEmpty()) {
            session.announce("No speaker turns in " + document.name() + ": a turn is a line starting with a name "
                    + "and a colon, such as “ANNA: …” or “R : …”.");
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle("Code speaker turns");
        dialog.setHeaderText(speakers.size() + (speakers.size() == 1 ? " speaker" : " speakers") + " found in "
                + document.name() + ". Untick what is not a speaker.");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, new Label("Speaker"), new Label("Turns"), new Label("Characters"));
        List<CheckBox> boxes = new java.util.ArrayList<>();
        for (int i = 0; i < speakers.size(); i++) {
            SpeakerTurns.Speaker s = speakers.get(i);
            CheckBox box = new CheckBox(s.name());
            box.setMnemonicParsing(false);
            box.setSelected(s.turns() > 1 || speakers.size() <= 3);
            boxes.add(box);
            grid.addRow(i + 1, box, new Label(Integer.toString(s.turns())), new Label(Integer.toString(s.characters())));
        }
        TextField parent = new TextField(CodeSpeakerTurns.DEFAULT_PARENT);
        parent.setId("speaker-parent");
        CheckBox cases = new CheckBox("Make each speaker a case holding this document");
        cases.setSelected(true);
        dialog.getDialogPane().setContent(new VBox(10, grid, new Label("Codes go under the code:"), parent, cases));
        ButtonType code = new ButtonType("Code the turns", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(code, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == code).ifPresent(b -> {
            Set<String> chosen = new LinkedHashSet<>();
            boxes.stream().filter(CheckBox::isSelected).forEach(c -> chosen.add(c.getText()));
            if (chosen.isEmpty()) {
                session.announce("No speaker chosen: nothing was coded.");
                return;
            }
            String coder;
            try {
                coder = session.coder();
            } catch (RuntimeException e) {
                session.announce(e.getMessage());
                return;
            }
            session.execute(new CodeSpeakerTurns(document.id(), chosen, parent.getText(), coder,
                    cases.isSelected()), n -> session.announce("Coded " + n + " speaker turns of "
                    + chosen.size() + (chosen.size() == 1 ? " speaker." : " speakers.")));
        });
    }
}
