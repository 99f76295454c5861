package org.glose.core.analysis.matrix;

import java.util.List;

/** One column of a code matrix: its heading and the documents it gathers (a document may be in several). */
public record MatrixColumn(String label, List<Long> documentIds) {

    public static final String NO_VALUE = "(no value)";

    public MatrixColumn {
        documentIds = List.copyOf(documentIds);
    }
}
