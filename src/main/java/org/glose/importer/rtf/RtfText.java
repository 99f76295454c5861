package org.glose.importer.rtf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns RTF into plain text, laid out as the DOCX reader lays out a .docx: distinct headers, body (one line per
 * paragraph, table rows with cells separated by a tab, footnote references as {@code [n]}), footnotes as
 * {@code [n] text}, distinct footers. Field instructions, pictures, objects' data, list labels, hidden and deleted
 * text and every destination this class does not know are left out. Bytes are decoded with the code page of the
 * document ({@code \ansicpg}) or of the current font ({@code \fcharset}, {@code \cpg}); a Unicode character
 * (control word "u" with its number) skips the fallback bytes that follow it ("uc" says how many).
 */
final class RtfText {

    private enum Destination { BODY, HEADER, FOOTER, FOOTNOTE, FONT_TABLE, SKIP }

    /** Destinations whose content is never text (RTF 1.9.1 and what Word and LibreOffice write). */
    private static final Set<String> SKIPPED = Set.of("colortbl", "stylesheet", "info", "pict", "object",
            "objdata", "objclass", "fldinst", "listtext", "pntext", "pn", "pntxta", "pntxtb", "listtable",
            "listoverridetable", "revtbl", "rsidtbl", "generator", "xmlnstbl", "filetbl", "themedata",
            "colorschememapping", "datastore", "latentstyles", "shpinst", "shprslt", "nonshppict", "template",
            "docvar", "userprops", "bkmkstart", "bkmkend", "xe", "tc", "atnid", "atnauthor", "annotation",
            "atrfstart", "atrfend", "protusertbl", "pgdsctbl", "mmathPr", "fchars", "lchars", "falt", "panose");
    private static final Set<String> HEADERS = Set.of("header", "headerl", "headerr", "headerf");
    private static final Set<String> FOOTERS = Set.of("footer", "footerl", "footerr", "footerf");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("emdash", "\u2014"),
            Map.entry("endash", "\u2013"), Map.entry("lquote", "\u2018"), Map.entry("rquote", "\u2019"),
            Map.entry("ldblquote", "\u201C"), Map.entry("rdblquote", "\u201D"), Map.entry("bullet", "\u2022"),
            Map.entry("enspace", "\u2002"), Map.entry("emspace", "\u2003"), Map.entry("qmspace", "\u2005"),
            Map.entry("tab", "\t"), Map.entry("par", "\n"), Map.entry("line", "\n"), Map.entry("sect", "\n"),
            Map.entry("~", "\u00A0"), Map.entry("_", "-"), Map.entry("\\", "\\"), Map.entry("{", "{"),
            Map.entry("}", "}"));

    /** Group state, copied when a group opens and dropped when it closes. */
    private static final class State {
        Destination destination = Destination.BODY;
        StringBuilder out;
        boolean owner;          // this group opened its destination: closing it completes header, note...
        int unicodeSkip = 1;
        Charset charset;        // null: the document's code page
        boolean hidden;

        State copy() {
            State s = new State();
            s.destination = destination;
            s.out = out;
            s.unicodeSkip = unicodeSkip;
            s.charset = charset;
            s.hidden = hidden;
            return s;
        }
    }

    /** The text, and how many groups the file left open (a truncated file). */
    record Result(String text, int unclosedGroups) {
    }

    private final RtfLexer lexer;
    private final Deque<State> stack = new ArrayDeque<>();
    private State state = new State();
    private final StringBuilder body = new StringBuilder();
    private final Set<String> headers = new LinkedHashSet<>();
    private final Set<String> footers = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<Integer, Charset> fontCharsets = new HashMap<>();
    private Charset documentCharset = RtfCharsets.WINDOWS_1252;
    private int defaultFont = -1;
    private int definedFont = -1;
    private int noteReferences;
    private boolean starred;
    private boolean groupJustOpened;
    private int fallbackToSkip;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private Charset pendingCharset;

    private RtfText(byte[] rtf) {
        this.lexer = new RtfLexer(rtf);
        state.out = body;
    }

    static Result of(byte[] rtf) {
        return new RtfText(rtf).run();
    }

    private Result run() {
        boolean started = false;
        while (lexer.next() != RtfLexer.Type.END) {
            switch (lexer.type) {
                case GROUP_START -> {
                    flush();
                    stack.push(state);
                    state = state.copy();
                    started = true;
                    groupJustOpened = true;
                    fallbackToSkip = 0;
                    continue;
                }
                case GROUP_END -> {
                    flush();
                    closeGroup();
                    fallbackToSkip = 0;
                    if (stack.isEmpty() && started) {
                        return result(0);   // the document's outer group is closed: ignore what follows
                    }
                }
                case WORD, SYMBOL -> {
                    control(lexer.word, lexer.hasParameter, lexer.parameter);
                    if (lexer.word.equals("*")) {
                        continue;   // "{\*\dest": the destination word still opens the group
                    }
                }
                case HEX_BYTE -> textByte(lexer.value);
                case TEXT_BYTE -> {
                    if (lexer.value == '\t') {
                        append("\t");
                    } else {
                        textByte(lexer.value);
                    }
                }
                default -> { }
            }
            groupJustOpened = false;
        }
        flush();
        int unclosed = stack.size();
        while (!stack.isEmpty()) {
            closeGroup();
        }
        return result(unclosed);
    }

    private Result result(int unclosedGroups) {
        List<String> blocks = new ArrayList<>(headers);
        blocks.add(body.toString());
        blocks.addAll(notes);
        blocks.addAll(footers);
        return new Result(String.join("\n", blocks), unclosedGroups);
    }

    private void closeGroup() {
        if (stack.isEmpty()) {
            return;
        }
        State closed = state;
        state = stack.pop();
        if (!closed.owner) {
            return;
        }
        String text = trimLineBreaks(closed.out.toString());
        switch (closed.destination) {
            case HEADER -> addIfText(headers, text);
            case FOOTER -> addIfText(footers, text);
            case FOOTNOTE -> {
                if (!text.isBlank()) {
                    notes.add("[" + (notes.size() + 1) + "] " + text.strip());
                }
            }
            default -> { }
        }
    }

    private void control(String word, boolean hasParameter, int parameter) {
        if (word.equals("*")) {
            starred = true;
            return;
        }
        boolean wasStarred = starred;
        starred = false;
        if (state.destination == Destination.SKIP) {
            return;
        }
        if (groupJustOpened && startsDestination(word, wasStarred)) {
            return;
        }
        if (state.destination == Destination.FONT_TABLE) {
            fontTable(word, hasParameter, parameter);
            return;
        }
        formatting(word, hasParameter, parameter);
    }

    /** A control word at the start of a group may open a destination; true when it did. */
    private boolean startsDestination(String word, boolean starred) {
        Destination destination = word.equals("fonttbl") ? Destination.FONT_TABLE
                : HEADERS.contains(word) ? Destination.HEADER : FOOTERS.contains(word) ? Destination.FOOTER
                : word.equals("footnote") ? Destination.FOOTNOTE
                : SKIPPED.contains(word) || starred ? Destination.SKIP : null;
        if (destination == null) {
            return false;
        }
        state.destination = destination;
        if (destination == Destination.HEADER || destination == Destination.FOOTER
                || destination == Destination.FOOTNOTE) {
            state.out = new StringBuilder();
            state.owner = true;
            state.hidden = false;
        }
        return true;
    }

    private void fontTable(String word, boolean hasParameter, int parameter) {
        if (word.equals("f") && hasParameter) {
            definedFont = parameter;
        } else if (word.equals("fcharset") && hasParameter && definedFont >= 0) {
            Charset charset = RtfCharsets.fontCharset(parameter);
            if (charset != null) {
                fontCharsets.put(definedFont, charset);
            }
        } else if (word.equals("cpg") && hasParameter && definedFont >= 0) {
            fontCharsets.put(definedFont, RtfCharsets.codePage(parameter));
        }
    }

    private void formatting(String word, boolean hasParameter, int parameter) {
        switch (word) {
            case "ansicpg" -> documentCharset = hasParameter ? RtfCharsets.codePage(parameter) : documentCharset;
            case "mac" -> documentCharset = RtfCharsets.codePage(10000);
            case "pc" -> documentCharset = RtfCharsets.codePage(437);
            case "pca" -> documentCharset = RtfCharsets.codePage(850);
            case "deff" -> defaultFont = parameter;
            case "f" -> {
                flush();
                state.charset = fontCharsets.get(parameter);
            }
            case "uc" -> state.unicodeSkip = Math.max(0, parameter);
            case "u" -> unicode(parameter);
            case "v", "deleted" -> state.hidden = !hasParameter || parameter != 0;
            case "plain" -> state.hidden = false;
            case "chftn" -> {
                if (state.destination != Destination.FOOTNOTE) {
                    append("[" + ++noteReferences + "]");
                }
            }
            case "cell", "nestcell" -> append("\t");
            case "row", "nestrow" -> endRow();
            case "page" -> { }   // a page break between paragraphs separates nothing; pages are not kept
            default -> {
                String symbol = SYMBOLS.get(word);
                if (symbol != null) {
                    append(symbol);
                }
            }
        }
    }

    /** A row's last cell mark is followed by the row mark: the row becomes one line without trailing tab. */
    private void endRow() {
        flush();
        StringBuilder out = state.out;
        if (!state.hidden && out.length() > 0 && out.charAt(out.length() - 1) == '\t') {
            out.setLength(out.length() - 1);
        }
        append("\n");
    }

    private void unicode(int code) {
        flush();
        if (!state.hidden) {
            state.out.append((char) (code < 0 ? code + 65536 : code));   // RTF writes 16-bit signed values
        }
        fallbackToSkip = state.unicodeSkip;
    }

    private void textByte(int value) {
        if (fallbackToSkip > 0) {
            fallbackToSkip--;
            return;
        }
        if (state.destination == Destination.SKIP || state.destination == Destination.FONT_TABLE || state.hidden) {
            return;
        }
        Charset charset = currentCharset();
        if (value < 0x80 && (pending.size() == 0 || !RtfCharsets.isMultiByte(charset))) {
            flush();
            state.out.append((char) value);
            return;
        }
        if (pending.size() > 0 && !charset.equals(pendingCharset)) {
            flush();
        }
        pendingCharset = charset;
        pending.write(value);
    }

    private Charset currentCharset() {
        if (state.charset != null) {
            return state.charset;
        }
        return fontCharsets.getOrDefault(defaultFont, documentCharset);
    }

    private void append(String text) {
        flush();
        if (state.destination != Destination.SKIP && state.destination != Destination.FONT_TABLE && !state.hidden) {
            state.out.append(text);
        }
    }

    /** Decodes the bytes met since the last character, in their code page (several bytes may make one). */
    private void flush() {
        if (pending.size() == 0) {
            return;
        }
        try {
            String decoded = pendingCharset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(pending.toByteArray())).toString();
            state.out.append(decoded);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("REPLACE never throws", e);
        }
        pending.reset();
    }

    private static void addIfText(Set<String> blocks, String text) {
        if (!text.isBlank()) {
            blocks.add(text);
        }
    }

    private static String trimLineBreaks(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '\n') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(start, end);
    }
}
