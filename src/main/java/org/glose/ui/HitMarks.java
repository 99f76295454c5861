package org.glose.ui;

import java.util.List;
import org.fxmisc.richtext.InlineCssTextArea;
import org.glose.core.text.TextRange;

/**
 * The marks of the passages a search or an analysis pointed to in the shown document: bold with an accent
 * underline, laid over the coding highlights (which keep their background), so hits and codings show together.
 */
final class HitMarks {

    /** Added to a run's inline style; a looked-up colour so that the theme decides it. */
    static final String STYLE = "-rtfx-underline-color: -fx-accent; -rtfx-underline-width: 2px; "
            + "-fx-font-weight: bold;";

    private HitMarks() {
    }

    /** Marks each range that fits in the text; call again after the coding highlights are set anew. */
    static void apply(InlineCssTextArea area, List<TextRange> marks) {
        int length = area.getLength();
        for (TextRange r : marks) {
            if (r.length() > 0 && r.end() <= length) {
                area.setStyleSpans(r.start(), area.getStyleSpans(r.start(), r.end())
                        .mapStyles(s -> s.contains(STYLE) ? s : s + STYLE));
            }
        }
    }
}
