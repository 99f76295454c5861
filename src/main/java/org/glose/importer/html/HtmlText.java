package org.glose.importer.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The visible text of an HTML element, as a browser lays it out in lines: block elements (paragraphs, headings,
 * list items, divisions...) are lines of their own, {@code <br>} is a line break, a table row is one line with its
 * cells separated by a tab, {@code <pre>} keeps its white space, and elsewhere runs of white space are one space.
 * Scripts, styles, {@code <noscript>}, {@code <template>}, the head and elements marked {@code hidden} or
 * {@code display:none} are left out. Entities are already decoded by jsoup.
 */
public final class HtmlText {

    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "head", "title",
            "meta", "link", "base", "object", "embed", "iframe", "svg", "canvas", "audio", "video", "map", "input",
            "select", "datalist", "option", "img", "area", "source", "track");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "blockquote", "pre", "section", "article", "header", "footer", "nav", "aside",
            "main", "figure", "figcaption", "address", "hr", "form", "fieldset", "legend", "details", "summary",
            "table", "caption", "thead", "tbody", "tfoot", "tr", "body", "html", "center", "dir", "menu", "hgroup",
            "noframes", "frameset", "textarea", "output", "dialog", "search");
    private static final Set<String> PREFORMATTED = Set.of("pre", "textarea", "listing", "plaintext", "xmp");
    private static final Pattern DISPLAY_NONE = Pattern.compile("display\\s*:\\s*none", Pattern.CASE_INSENSITIVE);

    private final StringBuilder out = new StringBuilder();
    /** True when the last text came from a preformatted element, whose trailing spaces are kept. */
    private boolean lastWasPreformatted;
    /** True at the start of a table cell, where a block does not start a new line. */
    private boolean atCellStart;

    private HtmlText() {
    }

    /** The element's visible text, without leading or trailing line breaks. */
    public static String of(Element root) {
        HtmlText text = new HtmlText();
        NodeTraversor.filter(text.new Walker(), root);   // iterative: deeply nested pages cannot exhaust the stack
        return trimLineBreaks(text.out.toString());
    }

    /** Visits the nodes in document order; {@code head} on entering a node, {@code tail} on leaving it. */
    private final class Walker implements NodeFilter {
        private int preformatted;   // how many open elements keep their white space

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                text(textNode.getWholeText(), preformatted > 0);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.SKIP_ENTIRELY;   // comments, doctype, XML declarations
            }
            String tag = element.normalName().toLowerCase(Locale.ROOT);
            if (INVISIBLE.contains(tag) || element.hasAttr("hidden")
                    || DISPLAY_NONE.matcher(element.attr("style")).find()) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                atCellStart = false;
                out.append('\n');
                return FilterResult.CONTINUE;
            }
            if (isCell(element) && element.parent() != null && element.parent().normalName().equals("tr")) {
                startCell(element);
            }
            if (PREFORMATTED.contains(tag)) {
                preformatted++;
            }
            if (BLOCKS.contains(tag)) {
                endLine();
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName().toLowerCase(Locale.ROOT);
                if (BLOCKS.contains(tag)) {
                    endLine();
                }
                if (PREFORMATTED.contains(tag)) {
                    preformatted--;
                }
            }
            return FilterResult.CONTINUE;
        }
    }

    /** A row is one line: a cell after the first starts with a tab, and its first block does not break the line. */
    private void startCell(Element cell) {
        for (Element before = cell.previousElementSibling(); before != null; before = before.previousElementSibling()) {
            if (isCell(before)) {
                trimTrailingSpaces();
                while (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
                    out.setLength(out.length() - 1);   // a cell's last block ends inside the row's line
                }
                out.append('\t');
                break;
            }
        }
        atCellStart = true;
    }

    private static boolean isCell(Element element) {
        String tag = element.normalName();
        return tag.equals("td") || tag.equals("th");
    }

    /**
     * Appends text; outside {@code <pre>} each run of HTML white space (space, tab, line ends, form feed; not the
     * no-break space) is one space, dropped at a line's start or after another space.
     */
    private void text(String text, boolean preformatted) {
        lastWasPreformatted = preformatted;
        if (!text.isEmpty() && !text.isBlank()) {
            atCellStart = false;
        }
        if (preformatted) {
            out.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                c = ' ';
            }
            if (c == ' ' && (atLineStart() || out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\t')) {
                continue;
            }
            out.append(c);
        }
    }

    private boolean atLineStart() {
        return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
    }

    /** Ends the current line unless it is empty: blocks never add blank lines of their own. */
    private void endLine() {
        if (atCellStart) {
            return;
        }
        trimTrailingSpaces();
        if (!atLineStart()) {
            out.append('\n');
        }
    }

    private void trimTrailingSpaces() {
        if (lastWasPreformatted) {
            return;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
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
