package org.glose.ui.transcript;

import static org.glose.ui.i18n.I18n.t;

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
            session.announce(t("transcript.openFirst"));
            return;
        }
        session.read(tx -> SpeakerTurns.speakers(SpeakerTurns.parse(tx.documents().text(document.id()))),
                speakers -> preview(document, speakers));
    }

    private void preview(Document document, List<SpeakerTurns.Speaker> speakers) {
        if (speakers.isEmpty()) {
            session.announce(t("transcript.none", document.name()));
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(t("transcript.title"));
        dialog.setHeaderText(speakers.size() == 1 ? t("transcript.foundOne", document.name())
                : t("transcript.found", speakers.size(), document.name()));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, new Label(t("transcript.speaker")), new Label(t("transcript.turns")),
                new Label(t("transcript.characters")));
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
        CheckBox cases = new CheckBox(t("transcript.cases"));
        cases.setSelected(true);
        dialog.getDialogPane().setContent(new VBox(10, grid, new Label(t("transcript.parent")), parent, cases));
        ButtonType code = new ButtonType(t("transcript.code"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(code, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == code).ifPresent(b -> {
            Set<String> chosen = new LinkedHashSet<>();
            boxes.stream().filter(CheckBox::isSelected).forEach(c -> chosen.add(c.getText()));
            if (chosen.isEmpty()) {
                session.announce(t("transcript.noneChosen"));
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
                    cases.isSelected()), n -> session.announce(chosen.size() == 1 ? t("transcript.codedOne", n)
                    : t("transcript.coded", n, chosen.size())));
        });
    }
}
