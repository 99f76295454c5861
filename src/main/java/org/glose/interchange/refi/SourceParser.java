package org.glose.interchange.refi;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.glose.interchange.refi.RefiProject.Coding;
import org.glose.interchange.refi.RefiProject.Kind;
import org.glose.interchange.refi.RefiProject.Selection;
import org.glose.interchange.refi.RefiProject.Source;
import org.glose.interchange.refi.RefiProject.TextPart;

/** Reads the elements of REFI's {@code TextSourceType} and the source elements (§9 of the spec). */
final class SourceParser {

    private final XmlCursor x;

    SourceParser(XmlCursor cursor) {
        this.x = cursor;
    }

    /** A TextSource, Representation, TextDescription or Note; positioned on its start tag. */
    TextPart textPart() throws XMLStreamException {
        String guid = RefiGuids.normalise(x.attr("guid"));
        String name = x.attr("name");
        String plain = x.attr("plainTextPath");
        String rich = x.attr("richTextPath");
        String user = RefiGuids.normalise(x.attr("creatingUser"));
        Instant created = instant(x.attr("creationDateTime"));
        Instant modified = instant(x.attr("modifiedDateTime"));
        String description = null;
        String inline = null;
        List<Selection> selections = new ArrayList<>();
        List<Coding> codings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int variables = 0;
        while (x.nextChild()) {
            switch (x.name()) {
                case "Description" -> description = x.text();
                case "PlainTextContent" -> inline = x.text();
                case "PlainTextSelection" -> selections.add(selection());
                case "Coding" -> codings.add(coding());
                case "NoteRef" -> ref(notes);
                case "VariableValue" -> {
                    variables++;
                    x.skip();
                }
                default -> x.skip();
            }
        }
        return new TextPart(guid, name, plain, rich, inline, description, user, created, modified, selections,
                codings, notes, variables);
    }

    private Selection selection() throws XMLStreamException {
        String guid = RefiGuids.normalise(x.attr("guid"));
        String name = x.attr("name");
        Long start = number(x.attr("startPosition"));
        Long end = number(x.attr("endPosition"));
        String user = RefiGuids.normalise(x.attr("creatingUser"));
        Instant created = instant(x.attr("creationDateTime"));
        String description = null;
        List<Coding> codings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        while (x.nextChild()) {
            switch (x.name()) {
                case "Description" -> description = x.text();
                case "Coding" -> codings.add(coding());
                case "NoteRef" -> ref(notes);
                default -> x.skip();
            }
        }
        return new Selection(guid, name, start, end, user, created, description, codings, notes);
    }

    Coding coding() throws XMLStreamException {
        String guid = RefiGuids.normalise(x.attr("guid"));
        String user = RefiGuids.normalise(x.attr("creatingUser"));
        Instant created = instant(x.attr("creationDateTime"));
        String code = null;
        List<String> notes = new ArrayList<>();
        while (x.nextChild()) {
            switch (x.name()) {
                case "CodeRef" -> {
                    code = RefiGuids.normalise(x.attr("targetGUID"));
                    x.skip();
                }
                case "NoteRef" -> ref(notes);
                default -> x.skip();
            }
        }
        return new Coding(guid, code, user, created, notes);
    }

    /** Any source element; positioned on its start tag. */
    Source source() throws XMLStreamException {
        Kind kind = switch (x.name()) {
            case "PDFSource" -> Kind.PDF;
            case "PictureSource" -> Kind.PICTURE;
            case "AudioSource" -> Kind.AUDIO;
            case "VideoSource" -> Kind.VIDEO;
            default -> Kind.TEXT;
        };
        if (kind == Kind.TEXT) {
            TextPart part = textPart();
            return new Source(kind, part.guid(), part.name(), part.plainTextPath(), part, 0, 0, 0,
                    part.codings().size(), part.noteRefs(), part.variableValues());
        }
        String guid = RefiGuids.normalise(x.attr("guid"));
        String name = x.attr("name");
        String path = x.attr("path");
        TextPart text = null;
        int areas = 0;
        int areaCodings = 0;
        int transcripts = 0;
        int codings = 0;
        int variables = 0;
        List<String> notes = new ArrayList<>();
        while (x.nextChild()) {
            switch (x.name()) {
                case "Representation", "TextDescription" -> text = textPart();
                case "PDFSelection", "PictureSelection", "AudioSelection", "VideoSelection" -> {
                    areas++;
                    areaCodings += x.countInside("Coding");
                }
                case "Transcript" -> {
                    transcripts++;
                    x.skip();
                }
                case "Coding" -> {
                    codings++;
                    x.skip();
                }
                case "NoteRef" -> ref(notes);
                case "VariableValue" -> {
                    variables++;
                    x.skip();
                }
                default -> x.skip();
            }
        }
        // only a PDF's representation is its text; a picture's text description is not the picture
        TextPart kept = kind == Kind.PDF ? text : null;
        return new Source(kind, guid, name, path, kept, areas, areaCodings, transcripts, codings, notes, variables);
    }

    void ref(List<String> into) throws XMLStreamException {
        String guid = RefiGuids.normalise(x.attr("targetGUID"));
        if (guid != null) {
            into.add(guid);
        }
        x.skip();
    }

    static Long number(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** xsd:dateTime, with or without zone (none means UTC); null when missing or unreadable. */
    static Instant instant(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
