package org.glose.ui.codebook;

import static org.glose.ui.i18n.I18n.t;

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
        dialog.setTitle(t("codebook.rename.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(t("codebook.rename.newName", code.name()));
        dialog.getEditor().setPrefColumnCount(28);
        dialog.showAndWait().map(String::strip).filter(n -> !n.isEmpty() && !n.equals(code.name()))
                .ifPresent(name -> session.execute(labelled(t("codebook.label.rename", code.name(), name),
                        UpdateCode.rename(code, name)), c -> { }));
    }

    public void recolour(Code code) {
        ColourDialog.ask(owner.get(), code).ifPresent(colour -> session.execute(
                labelled(t("codebook.label.recolour", code.name()), UpdateCode.recolour(code, colour)), c -> { }));
    }

    public void describe(Code code) {
        DescribeDialog.ask(owner.get(), code).ifPresent(details -> session.execute(
                labelled(t("codebook.label.describe", code.name()), new UpdateCode(code.id(), code.name(), details)),
                c -> { }));
    }

    /** Moves a code under another (null: to the top level), as a drop in the tree asks. */
    public void move(Code code, Code newParent) {
        Long parentId = newParent == null ? null : newParent.id();
        if (java.util.Objects.equals(code.parentId(), parentId)) {
            return;
        }
        String label = newParent == null ? t("codebook.label.moveTop", code.name())
                : t("codebook.label.move", code.name(), newParent.name());
        session.execute(labelled(label, new MoveCode(code.id(), parentId)), c -> { });
    }

    /** Merges a code into one chosen in the picker, after saying what will happen. */
    public void merge(Code source) {
        picker.apply(codebook.get(), t("codebook.merge.pick", source.name())).ifPresent(target -> {
            if (target.id() == source.id()) {
                session.announce(t("codebook.merge.itself"));
                return;
            }
            int n = counts.codingsWithSubcodes(source.id());
            if (confirm(t("codebook.merge.confirm", source.name(), target.name()),
                    n == 1 ? t("codebook.merge.whatOne", source.name(), target.name())
                            : t("codebook.merge.what", source.name(), target.name(), n),
                    t("codebook.merge.button"))) {
                session.execute(labelled(t("codebook.label.merge", source.name(), target.name()),
                        new MergeCodes(source.id(), target.id())), c -> { });
            }
        });
    }

    /** Deletes a code and its sub-codes after the user chose what becomes of their codings. */
    public void delete(Code code) {
        int n = counts.codingsWithSubcodes(code.id());
        boolean hasSubcodes = !codebook.get().childrenOf(code.id()).isEmpty();
        String what = hasSubcodes ? t("codebook.delete.withSubcodes", code.name()) : t("codebook.delete.code", code.name());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner.get());
        alert.setTitle(t("codebook.delete.title"));
        alert.setHeaderText(t("codebook.delete.header", what));
        ButtonType deleteAll = new ButtonType(n == 0 ? t("codebook.delete.button")
                : n == 1 ? t("codebook.delete.allOne") : t("codebook.delete.all", n), ButtonBar.ButtonData.OK_DONE);
        ButtonType move = new ButtonType(t("codebook.delete.move"), ButtonBar.ButtonData.OTHER);
        alert.getButtonTypes().setAll(deleteAll, ButtonType.CANCEL);
        if (n > 0 && code.parentId() != null) {
            alert.getButtonTypes().add(0, move);
        }
        alert.setContentText(n == 0 ? t("codebook.delete.none", what)
                : n == 1 ? t("codebook.delete.one", what) : t("codebook.delete.many", what, n));
        alert.getDialogPane().setMinWidth(480);
        alert.showAndWait().ifPresent(b -> {
            DeleteCode.Codings choice = b == move ? DeleteCode.Codings.MOVE_TO_PARENT
                    : b == deleteAll ? DeleteCode.Codings.DELETE : null;
            if (choice != null) {
                session.execute(labelled(t("codebook.label.delete", what), new DeleteCode(code.id(), choice)), c -> { });
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
