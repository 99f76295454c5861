package org.glose.ui.codebook;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.glose.core.coding.DeleteCode;
import org.glose.core.coding.MergeCodes;
import org.glose.core.coding.MoveCode;
import org.glose.core.coding.UpdateCode;
import org.glose.core.model.Code;
import org.glose.core.project.Command;
import org.glose.core.model.Codebook;
import org.glose.ui.edit.LabelledCommand;
import org.glose.ui.edit.WorkbenchSession;

/**
 * Editing the codebook from the tree: rename, recolour, describe, move, merge and delete, each one core command
 * (one undo step). Delete asks what becomes of the codings, with the numbers, before anything changes.
 */
public final class CodebookEditing {

    /** Counts the codings a delete would touch: the code's own and its sub-codes'. */
    public interface Counts {
        int codingsWithSubcodes(long codeId);
    }

    private final WorkbenchSession session;
    private final Supplier<Window> owner;
    private final Supplier<Codebook> codebook;
    private final BiFunction<Codebook, String, Optional<Code>> picker;
    private final Counts counts;

    public CodebookEditing(WorkbenchSession session, Supplier<Window> owner, Supplier<Codebook> codebook,
                           BiFunction<Codebook, String, Optional<Code>> picker, Counts counts) {
        this.session = session;
        this.owner = owner;
        this.codebook = codebook;
        this.picker = picker;
        this.counts = counts;
    }

    public void rename(Code code) {
        TextInputDialog dialog = new TextInputDialog(code.name());
        dialog.initOwner(owner.get());
        dialog.setTitle("Rename code");
        dialog.setHeaderText(null);
        dialog.setContentText("New name of “" + code.name() + "”:");
        dialog.getEditor().setPrefColumnCount(28);
        dialog.showAndWait().map(String::strip).filter(n -> !n.isEmpty() && !n.equals(code.name()))
                .ifPresent(name -> session.execute(labelled("Rename “" + code.name() + "” to “" + name + "”",
                        UpdateCode.rename(code, name)), c -> { }));
    }

    public void recolour(Code code) {
        ColourDialog.ask(owner.get(), code).ifPresent(colour -> session.execute(
                labelled("Recolour “" + code.name() + "”", UpdateCode.recolour(code, colour)), c -> { }));
    }

    public void describe(Code code) {
        DescribeDialog.ask(owner.get(), code).ifPresent(details -> session.execute(
                labelled("Describe “" + code.name() + "”", new UpdateCode(code.id(), code.name(), details)),
                c -> { }));
    }

    /** Moves a code under another (null: to the top level), as a drop in the tree asks. */
    public void move(Code code, Code newParent) {
        Long parentId = newParent == null ? null : newParent.id();
        if (java.util.Objects.equals(code.parentId(), parentId)) {
            return;
        }
        String where = newParent == null ? "the top level" : "“" + newParent.name() + "”";
        session.execute(labelled("Move “" + code.name() + "” to " + where, new MoveCode(code.id(), parentId)),
                c -> { });
    }

    /** Merges a code into one chosen in the picker, after saying what will happen. */
    public void merge(Code source) {
        picker.apply(codebook.get(), "Merge “" + source.name() + "” into…").ifPresent(target -> {
            if (target.id() == source.id()) {
                session.announce("A code cannot merge into itself.");
                return;
            }
            int n = counts.codingsWithSubcodes(source.id());
            if (confirm("Merge “" + source.name() + "” into “" + target.name() + "”?",
                    n + (n == 1 ? " coded passage and " : " coded passages and ") + "the sub-codes of “"
                            + source.name() + "” go to “" + target.name() + "”, then “" + source.name()
                            + "” is deleted. Undo puts everything back.", "Merge")) {
                session.execute(labelled("Merge “" + source.name() + "” into “" + target.name() + "”",
                        new MergeCodes(source.id(), target.id())), c -> { });
            }
        });
    }

    /** Deletes a code and its sub-codes after the user chose what becomes of their codings. */
    public void delete(Code code) {
        int n = counts.codingsWithSubcodes(code.id());
        boolean hasSubcodes = !codebook.get().childrenOf(code.id()).isEmpty();
        String what = "“" + code.name() + "”" + (hasSubcodes ? " and its sub-codes" : "");
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner.get());
        alert.setTitle("Delete code");
        alert.setHeaderText("Delete " + what + "?");
        ButtonType deleteAll = new ButtonType(n == 0 ? "Delete" : "Delete the code and its " + n
                + (n == 1 ? " coded passage" : " coded passages"), ButtonBar.ButtonData.OK_DONE);
        ButtonType move = new ButtonType("Delete the code, move its passages to its parent",
                ButtonBar.ButtonData.OTHER);
        alert.getButtonTypes().setAll(deleteAll, ButtonType.CANCEL);
        if (n > 0 && code.parentId() != null) {
            alert.getButtonTypes().add(0, move);
        }
        alert.setContentText(n == 0 ? what + " codes no passage. Undo brings it back."
                : what + " code " + n + (n == 1 ? " passage" : " passages") + ". Choose what becomes of them; "
                        + "Undo (Ctrl+Z) brings everything back.");
        alert.getDialogPane().setMinWidth(480);
        alert.showAndWait().ifPresent(b -> {
            DeleteCode.Codings choice = b == move ? DeleteCode.Codings.MOVE_TO_PARENT
                    : b == deleteAll ? DeleteCode.Codings.DELETE : null;
            if (choice != null) {
                session.execute(labelled("Delete " + what, new DeleteCode(code.id(), choice)), c -> { });
            }
        });
    }

    private boolean confirm(String header, String text, String action) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner.get());
        alert.setTitle("Glose");
        alert.setHeaderText(header);
        alert.setContentText(text);
        ButtonType ok = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(ok, ButtonType.CANCEL);
        return alert.showAndWait().filter(b -> b == ok).isPresent();
    }

    private static <T> LabelledCommand<T> labelled(String label, Command<T> command) {
        return new LabelledCommand<>(label, command);
    }
}
