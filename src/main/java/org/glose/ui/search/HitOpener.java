package org.glose.ui.search;

import java.util.List;
import org.glose.core.text.TextRange;

/** What the window does when a hit is chosen: open the document at the hit with all its hits highlighted. */
@FunctionalInterface
public interface HitOpener {

    void open(long documentId, TextRange hit, List<TextRange> allHitsInDocument);
}
