package org.glose.interchange.codebook;

import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.project.InvalidInputException;
import org.glose.interchange.refi.CodeDescriptions;
import org.glose.interchange.refi.XmlOut;

/**
 * Writes a REFI-QDA codebook ({@code .qdc}, namespace {@code urn:QDA-XML:codebook:1.0}, valid against
 * {@code Codebook.xsd}): the code tree with GUIDs, colours and descriptions (criteria and example included).
 */
public final class QdcWriter {

    public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

    private QdcWriter() {
    }

    public static void write(Codebook book, OutputStream out) throws XMLStreamException {
        if (book.size() == 0) {
            // the schema wants at least one Code
            throw new InvalidInputException("The codebook is empty: there is nothing to export.");
        }
        XmlOut x = new XmlOut(out);
        x.root("CodeBook", NAMESPACE).attr("origin", "Glose").start("Codes");
        for (Code c : book.childrenOf(null)) {
            code(x, book, c);
        }
        x.end().finish();
    }

    private static void code(XmlOut x, Codebook book, Code c) throws XMLStreamException {
        x.start("Code").attr("guid", c.guid()).attr("name", c.name()).attr("isCodable", "true")
                .attr("color", c.colour());
        x.textElement("Description", CodeDescriptions.compose(c.details()));
        for (Code child : book.childrenOf(c.id())) {
            code(x, book, child);
        }
        x.end();
    }
}
