package org.glose.core.transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glose.core.text.TextRange;

/**
 * The speaker turns of an interview transcript: a line starting with a name and a colon ({@code ANNA: …},
 * French {@code R : …}) opens a turn that runs to the next such line. A turn's range is its speech, without the
 * name, the colon and the surrounding blanks. Pure; the preview and the command both use it.
 */
public final class SpeakerTurns {

    /** One turn: who speaks, and the range of what they say. */
    public record Turn(String speaker, TextRange range) {
    }

    /** A speaker with their number of turns and characters spoken, for the preview. */
    public record Speaker(String name, int turns, int characters) {
    }

    /** A name of 1–40 letters, digits, spaces, dots, hyphens or apostrophes at a line start, then a colon. */
    private static final Pattern LABEL = Pattern.compile("(?m)^[ \\t]*(\\p{L}[\\p{L}\\p{N} .'’\\-]{0,39}?)[ \\t\\u00A0]*:[ \\t\\u00A0]*");

    private SpeakerTurns() {
    }

    public static List<Turn> parse(String text) {
        List<int[]> labels = new ArrayList<>(); // {label start, speech start}
        List<String> names = new ArrayList<>();
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            labels.add(new int[] {m.start(), m.end()});
            names.add(m.group(1).strip());
        }
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int start = labels.get(i)[1];
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                turns.add(new Turn(names.get(i), new TextRange(start, end)));
            }
        }
        return turns;
    }

    /** The speakers in order of first appearance, with what they say. */
    public static List<Speaker> speakers(List<Turn> turns) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Turn t : turns) {
            int[] c = counts.computeIfAbsent(t.speaker(), k -> new int[2]);
            c[0]++;
            c[1] += t.range().length();
        }
        List<Speaker> out = new ArrayList<>();
        counts.forEach((name, c) -> out.add(new Speaker(name, c[0], c[1])));
        return out;
    }
}
