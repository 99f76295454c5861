package org.glose.ui.agreement;

import static org.glose.ui.i18n.I18n.t;

import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.glose.core.analysis.agreement.Disagreement;
import org.glose.core.text.TextRange;

/**
 * One disagreement: where it is, then each coder's version of the passage side by side (what they coded is
 * underlined and bold, so the difference does not rest on colour alone), each with a button to accept it into
 * the consensus.
 */
final class VersionsView extends VBox {

    VersionsView(Disagreement d, BiConsumer<Disagreement, String> accept) {
        super(4);
        getStyleClass().add("agreement-disagreement");
        setPadding(new Insets(4));
        Label where = new Label(d.resolved() ? t("agreement.where.resolved", d.document(), d.code(), d.passage(),
                String.join(", ", d.acceptedFrom())) : d.document() + " · " + d.code() + " · " + d.passage());
        where.getStyleClass().add("agreement-where");
        HBox versions = new HBox(12);
        for (Disagreement.Version v : d.versions()) {
            Label coder = new Label(v.ranges().isEmpty() ? t("agreement.didNotCode", v.coder()) : v.coder());
            coder.getStyleClass().add("agreement-coder");
            TextFlow text = passage(d, v);
            text.setPrefWidth(320);
            Button button = new Button(d.acceptedFrom().contains(v.coder()) ? t("agreement.accepted")
                    : t("agreement.accept", v.coder()));
            button.getStyleClass().add("agreement-accept");
            button.setUserData(v.coder());
            button.setDisable(d.acceptedFrom().contains(v.coder()));
            button.setOnAction(e -> accept.accept(d, v.coder()));
            VBox column = new VBox(4, coder, text, button);
            HBox.setHgrow(column, Priority.ALWAYS);
            versions.getChildren().add(column);
        }
        getChildren().addAll(where, versions);
    }

    /** The passage with the coder's ranges marked. */
    static TextFlow passage(Disagreement d, Disagreement.Version v) {
        TextFlow flow = new TextFlow();
        int at = d.passage().start();
        for (TextRange r : v.ranges()) {
            if (r.start() > at) {
                flow.getChildren().add(new Text(slice(d, at, r.start())));
            }
            Text coded = new Text(slice(d, r.start(), r.end()));
            coded.getStyleClass().add("agreement-coded");
            coded.setUnderline(true);
            flow.getChildren().add(coded);
            at = r.end();
        }
        if (at < d.passage().end()) {
            flow.getChildren().add(new Text(slice(d, at, d.passage().end())));
        }
        return flow;
    }

    private static String slice(Disagreement d, int from, int to) {
        return d.text().substring(from - d.passage().start(), to - d.passage().start());
    }
}
