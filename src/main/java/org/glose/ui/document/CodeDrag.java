package org.glose.ui.document;

import java.util.OptionalLong;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;

/**
 * A code dragged out of the codebook: onto another code (moves it under that code), onto the selected text
 * (codes it) or onto a coding's stripe (recodes that coding, as ATLAS.ti's margin does).
 */
public final class CodeDrag {

    public static final DataFormat CODE = dataFormat("application/x-glose-code");

    private CodeDrag() {
    }

    public static ClipboardContent content(long codeId, String name) {
        ClipboardContent content = new ClipboardContent();
        content.put(CODE, Long.toString(codeId));
        content.putString(name);
        return content;
    }

    /** The dragged code's id, if this dragboard carries a code. */
    public static OptionalLong codeId(Dragboard board) {
        if (!board.hasContent(CODE) || !(board.getContent(CODE) instanceof String s)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    static DataFormat dataFormat(String mime) {
        DataFormat existing = DataFormat.lookupMimeType(mime);
        return existing != null ? existing : new DataFormat(mime);
    }
}
