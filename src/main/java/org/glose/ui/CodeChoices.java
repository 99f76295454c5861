package org.glose.ui;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;

/** Codes listed by path (for pickers and choice boxes), and the accent-blind filter used to find one. */
final class CodeChoices {

    private CodeChoices() {
    }

    /** The codes whose path contains every word of {@code filter}, ignoring case and accents. */
    static List<Code> matching(Codebook codebook, String filter) {
        String[] words = fold(filter).split("\\s+");
        return codebook.depthFirst().stream().filter(c -> {
            String path = fold(codebook.pathOf(c.id()));
            for (String w : words) {
                if (!w.isEmpty() && !path.contains(w)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    static String fold(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
    }

    /** A list cell showing a code's colour and path; {@code topLevel} is the text for a null item. */
    static ListCell<Code> cell(Codebook codebook, String topLevel) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Code code, boolean empty) {
                super.updateItem(code, empty);
                if (empty) {
                    setText(null);
                    setGraphic(null);
                } else if (code == null) {
                    setText(topLevel);
                    setGraphic(null);
                } else {
                    setText(null);
                    Label path = new Label(codebook.pathOf(code.id()));
                    HBox box = new HBox(6, CodebookView.swatch(code.colour()), path);
                    box.setAlignment(Pos.CENTER_LEFT);
                    setGraphic(box);
                }
            }
        };
    }
}
