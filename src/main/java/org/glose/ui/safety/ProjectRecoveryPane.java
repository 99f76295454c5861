package org.glose.ui.safety;

import static org.glose.ui.i18n.I18n.t;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.glose.core.project.ProjectDamagedException;
import org.glose.core.project.ProjectLockedException;
import org.glose.store.Snapshot;

/**
 * What the window shows when a project cannot be opened but its snapshots can help: open elsewhere (offer a
 * read-only copy of the last snapshot) or damaged (offer to restore the last snapshot). The actions are the
 * window's: it runs them off the FX thread ({@code Snapshots#openReadOnlyCopy}, {@code Snapshots#restore}).
 */
public final class ProjectRecoveryPane extends VBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final Label message = new Label();
    final Label offer = new Label();
    final Button action = new Button();
    final Button close = new Button(t("safety.recovery.close"));

    private ProjectRecoveryPane(String problem, String offerText, String actionText, Runnable onAction,
                                Runnable onClose) {
        super(10);
        setPadding(new Insets(12));
        message.setText(problem);
        message.setWrapText(true);
        message.setMaxWidth(520);
        offer.setWrapText(true);
        offer.setMaxWidth(520);
        HBox buttons = new HBox(8);
        if (offerText != null) {
            offer.setText(offerText);
            action.setText(actionText);
            action.setDefaultButton(true);
            action.setOnAction(e -> onAction.run());
            buttons.getChildren().add(action);
            getChildren().addAll(message, offer, buttons);
        } else {
            getChildren().addAll(message, buttons);
        }
        close.setCancelButton(true);
        close.setOnAction(e -> onClose.run());
        buttons.getChildren().add(close);
    }

    /** "…is open in another program (alice on host lab-3, since 14:02)…" and, if there is one, the copy offer. */
    public static ProjectRecoveryPane locked(ProjectLockedException e, Optional<Snapshot> last, Runnable openCopy,
                                             Runnable close) {
        return new ProjectRecoveryPane(e.getMessage(), last.map(s -> t("safety.recovery.copyOffer", when(s)))
                .orElse(null), t("safety.recovery.openCopy"), openCopy, close);
    }

    /** The damage message and, if there is a snapshot, the offer to restore it (the damaged file is kept aside). */
    public static ProjectRecoveryPane damaged(ProjectDamagedException e, Optional<Snapshot> last, Runnable restore,
                                              Runnable close) {
        String problem = e.getMessage().contains(" Restore its last snapshot")
                ? e.getMessage().substring(0, e.getMessage().indexOf(" Restore its last snapshot")) : e.getMessage();
        return new ProjectRecoveryPane(problem, last.map(s -> t("safety.recovery.restoreOffer", when(s)))
                .orElse(null), t("safety.recovery.restore"), restore, close);
    }

    private static String when(Snapshot s) {
        return WHEN.format(s.takenAt().atZone(ZoneId.systemDefault()));
    }
}
