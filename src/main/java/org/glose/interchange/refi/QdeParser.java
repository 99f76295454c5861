package org.glose.interchange.refi;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glose.core.project.InvalidInputException;
import org.glose.interchange.refi.RefiProject.Case;
import org.glose.interchange.refi.RefiProject.Code;
import org.glose.interchange.refi.RefiProject.SetInfo;
import org.glose.interchange.refi.RefiProject.Source;
import org.glose.interchange.refi.RefiProject.TextPart;
import org.glose.interchange.refi.RefiProject.User;
import org.glose.interchange.refi.RefiProject.Variable;

/**
 * Reads a {@code project.qde} with StAX into a {@link RefiProject}. Tolerant by design (NOTES §5): any namespace,
 * no XML declaration, a byte order mark, unknown elements skipped. Only malformed XML or a DTD is refused.
 */
public final class QdeParser {

    private final XmlCursor x;
    private final SourceParser sources;
    private final String what;

    private QdeParser(XMLStreamReader reader, String what) {
        this.x = new XmlCursor(reader);
        this.sources = new SourceParser(x);
        this.what = what;
    }

    public static RefiProject parse(byte[] qde, String what) {
        XMLStreamReader reader = SafeXml.open(new ByteArrayInputStream(qde), what);
        QdeParser parser = new QdeParser(reader, what);
        try {
            return parser.project();
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(what, e);
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // the bytes are in memory
            }
        }
    }

    private RefiProject project() throws XMLStreamException {
        if (!x.name().equals("Project")) {
            throw new InvalidInputException(what + " is not a REFI-QDA project: its root element is <" + x.name()
                    + ">, not <Project>.");
        }
        String name = x.attr("name");
        String origin = x.attr("origin");
        String creator = RefiGuids.normalise(x.attr("creatingUserGUID"));
        List<User> users = new ArrayList<>();
        List<Code> codes = new ArrayList<>();
        List<Variable> variables = new ArrayList<>();
        List<Case> cases = new ArrayList<>();
        List<Source> sourceList = new ArrayList<>();
        List<TextPart> notes = new ArrayList<>();
        List<String> projectNotes = new ArrayList<>();
        List<SetInfo> sets = new ArrayList<>();
        int links = 0;
        int graphs = 0;
        String description = null;
        while (x.nextChild()) {
            switch (x.name()) {
                case "Users" -> users(users);
                case "CodeBook" -> codeBook(codes);
                case "Variables" -> variables(variables);
                case "Cases" -> cases(cases);
                case "Sources" -> {
                    while (x.nextChild()) {
                        sourceList.add(sources.source());
                    }
                }
                case "Notes" -> {
                    while (x.nextChild()) {
                        notes.add(sources.textPart());
                    }
                }
                case "Links" -> links += x.countInside("Link");
                case "Sets" -> sets(sets);
                case "Graphs" -> graphs += x.countInside("Graph");
                case "Description" -> description = x.text();
                case "NoteRef" -> sources.ref(projectNotes);
                default -> x.skip();
            }
        }
        return new RefiProject(name, origin, creator, users, codes, variables, cases, sourceList, notes,
                projectNotes, sets, links, graphs, description);
    }

    private void users(List<User> into) throws XMLStreamException {
        while (x.nextChild()) {
            if (x.name().equals("User")) {
                into.add(new User(RefiGuids.normalise(x.attr("guid")), x.attr("name"), x.attr("id")));
            }
            x.skip();
        }
    }

    private void codeBook(List<Code> into) throws XMLStreamException {
        while (x.nextChild()) {
            if (x.name().equals("Codes")) {
                while (x.nextChild()) {
                    if (x.name().equals("Code")) {
                        into.add(code());
                    } else {
                        x.skip();
                    }
                }
            } else {
                x.skip();
            }
        }
    }

    /** A Code with its sub-codes; also used for QDC files, whose Code has no NoteRef. */
    Code code() throws XMLStreamException {
        String guid = RefiGuids.normalise(x.attr("guid"));
        String name = x.attr("name");
        boolean codable = !"false".equalsIgnoreCase(String.valueOf(x.attr("isCodable")).strip())
                && !"0".equals(String.valueOf(x.attr("isCodable")).strip());
        String color = x.attr("color");
        String description = null;
        List<String> notes = new ArrayList<>();
        List<Code> children = new ArrayList<>();
        while (x.nextChild()) {
            switch (x.name()) {
                case "Description" -> description = x.text();
                case "NoteRef" -> sources.ref(notes);
                case "Code" -> children.add(code());
                default -> x.skip();
            }
        }
        return new Code(guid, name, codable, color, description, notes, children);
    }

    /** Reads the {@code Codes} of a QDC file; positioned on its root. */
    public static List<Code> codebookCodes(XMLStreamReader reader) throws XMLStreamException {
        QdeParser parser = new QdeParser(reader, "codebook");
        List<Code> codes = new ArrayList<>();
        while (parser.x.nextChild()) {
            if (parser.x.name().equals("Codes")) {
                while (parser.x.nextChild()) {
                    if (parser.x.name().equals("Code")) {
                        codes.add(parser.code());
                    } else {
                        parser.x.skip();
                    }
                }
            } else {
                parser.x.skip();
            }
        }
        return codes;
    }

    private void variables(List<Variable> into) throws XMLStreamException {
        while (x.nextChild()) {
            if (x.name().equals("Variable")) {
                into.add(new Variable(RefiGuids.normalise(x.attr("guid")), x.attr("name"), x.attr("typeOfVariable")));
            }
            x.skip();
        }
    }

    private void cases(List<Case> into) throws XMLStreamException {
        while (x.nextChild()) {
            if (!x.name().equals("Case")) {
                x.skip();
                continue;
            }
            String guid = RefiGuids.normalise(x.attr("guid"));
            String name = x.attr("name");
            String description = null;
            Map<String, String> values = new LinkedHashMap<>();
            List<String> sourceRefs = new ArrayList<>();
            int codeRefs = 0;
            int selectionRefs = 0;
            while (x.nextChild()) {
                switch (x.name()) {
                    case "Description" -> description = x.text();
                    case "VariableValue" -> variableValue(values);
                    case "SourceRef" -> sources.ref(sourceRefs);
                    case "CodeRef" -> {
                        codeRefs++;
                        x.skip();
                    }
                    case "SelectionRef" -> {
                        selectionRefs++;
                        x.skip();
                    }
                    default -> x.skip();
                }
            }
            into.add(new Case(guid, name, description, values, sourceRefs, codeRefs, selectionRefs));
        }
    }

    /** VariableRef then one typed value, kept as its text; ImportPlanner checks it against the variable's type. */
    private void variableValue(Map<String, String> into) throws XMLStreamException {
        String variable = null;
        String value = null;
        while (x.nextChild()) {
            if (x.name().equals("VariableRef")) {
                variable = RefiGuids.normalise(x.attr("targetGUID"));
                x.skip();
            } else if (x.name().endsWith("Value")) {
                value = x.text();
            } else {
                x.skip();
            }
        }
        if (variable != null && value != null) {
            into.put(variable, value);
        }
    }

    private void sets(List<SetInfo> into) throws XMLStreamException {
        while (x.nextChild()) {
            if (!x.name().equals("Set")) {
                x.skip();
                continue;
            }
            String name = x.attr("name");
            int members = 0;
            while (x.nextChild()) {
                if (x.name().startsWith("Member")) {
                    members++;
                }
                x.skip();
            }
            into.add(new SetInfo(name, members));
        }
    }
}
