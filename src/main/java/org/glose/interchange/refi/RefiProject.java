package org.glose.interchange.refi;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A {@code project.qde} as read, before any decision about what Glose can keep: GUIDs are normalised (lower case,
 * no braces) or null when invalid; positions are raw numbers from the file.
 */
public record RefiProject(String name, String origin, String creatingUser, List<User> users, List<Code> codes,
                          List<Variable> variables, List<Case> cases, List<Source> sources, List<TextPart> notes,
                          List<String> projectNoteRefs, List<SetInfo> sets, int links, int graphs,
                          String description) {

    public record User(String guid, String name, String id) {
    }

    public record Code(String guid, String name, boolean codable, String color, String description,
                       List<String> noteRefs, List<Code> children) {
    }

    public record Variable(String guid, String name, String type) {
    }

    /** {@code values} maps a variable's GUID to its value written as text. */
    public record Case(String guid, String name, String description, Map<String, String> values,
                       List<String> sourceRefs, int codeRefs, int selectionRefs) {
    }

    public record Coding(String guid, String codeGuid, String creatingUser, Instant created,
                         List<String> noteRefs) {
    }

    public record Selection(String guid, String name, Long start, Long end, String creatingUser, Instant created,
                            String description, List<Coding> codings, List<String> noteRefs) {
    }

    /**
     * Anything of REFI's {@code TextSourceType}: a text source, a PDF's representation, a note. Its text is
     * {@code inlineText} or the file at {@code plainTextPath}.
     */
    public record TextPart(String guid, String name, String plainTextPath, String richTextPath, String inlineText,
                           String description, String creatingUser, Instant created, Instant modified,
                           List<Selection> selections, List<Coding> codings, List<String> noteRefs,
                           int variableValues) {
    }

    public enum Kind { TEXT, PDF, PICTURE, AUDIO, VIDEO }

    /**
     * A source. For a text source {@code text} is the source itself; for a PDF it is the representation (null
     * when absent). Media sources keep counts only: Glose cannot import them.
     */
    public record Source(Kind kind, String guid, String name, String path, TextPart text, int areaSelections,
                         int areaCodings, int transcripts, int sourceCodings, List<String> noteRefs,
                         int variableValues) {
    }

    public record SetInfo(String name, int members) {
    }
}
