package org.glose.ui.document;

import org.glose.core.model.Coding;
import org.glose.core.text.TextRange;

/**
 * Adjusting a coding's bounds with the keyboard (guide ui.md §2, boundary mode): arrows move the active end,
 * Tab switches ends, Enter commits one resize, Esc cancels. The view previews {@link #range()}; nothing is saved
 * until the commit. Ends never cross, never leave the text and never split a surrogate pair.
 */
public final class BoundaryEdit {

    private final Coding coding;
    private final String text;
    private int start;
    private int end;
    private boolean endActive = true;

    public BoundaryEdit(Coding coding, String text) {
        this.coding = coding;
        this.text = text;
        this.start = coding.range().start();
        this.end = coding.range().end();
    }

    public Coding coding() {
        return coding;
    }

    public TextRange range() {
        return new TextRange(start, end);
    }

    public boolean endActive() {
        return endActive;
    }

    public boolean changed() {
        return !range().equals(coding.range());
    }

    public void switchEnd() {
        endActive = !endActive;
    }

    /** Moves the active end by {@code chars} characters (negative: to the left), stopping where it must. */
    public void move(int chars) {
        int step = Integer.signum(chars);
        for (int i = 0; i < Math.abs(chars); i++) {
            int at = next(endActive ? end : start, step);
            if (endActive ? at <= start || at > text.length() : at >= end || at < 0) {
                return;
            }
            if (endActive) {
                end = at;
            } else {
                start = at;
            }
        }
    }

    /** Makes the start or the end the one that moves. */
    public void activate(boolean end) {
        endActive = end;
    }

    /** Moves the active end as near to {@code offset} as the rules allow (a stripe's end dragged there). */
    public void moveTo(int offset) {
        int at = endActive ? end : start;
        move(Math.max(0, Math.min(text.length(), offset)) - at);
    }

    /** Moves the active end to the next word boundary (Ctrl+arrow). */
    public void moveWord(int direction) {
        int at = endActive ? end : start;
        int step = Integer.signum(direction);
        int moved = 0;
        while (inText(at + step) && Character.isWhitespace(charBefore(at, step))) {
            at += step;
            moved++;
        }
        while (inText(at + step) && !Character.isWhitespace(charBefore(at, step))) {
            at += step;
            moved++;
        }
        move(step * moved);
    }

    private char charBefore(int at, int step) {
        return step > 0 ? text.charAt(at) : text.charAt(at - 1);
    }

    private boolean inText(int at) {
        return at >= 0 && at <= text.length();
    }

    private int next(int at, int step) {
        int to = at + step;
        if (to > 0 && to < text.length() && Character.isLowSurrogate(text.charAt(to))
                && Character.isHighSurrogate(text.charAt(to - 1))) {
            to += step; // never between the two halves of an emoji or other supplementary character
        }
        return to;
    }
}
