package org.glose.importer.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.glose.importer.html.HtmlText;
import org.jsoup.Jsoup;

/**
 * The rendered text of a CommonMark document, without markup: each heading, paragraph and list item is one line;
 * an ordered list item keeps its number ("3. "), a bullet is dropped; a soft line break is a space, a hard one a
 * line break; code blocks keep their lines; links show their text; images, thematic breaks and link reference
 * definitions show nothing; an HTML block shows its visible text, inline HTML nothing but {@code <br>}.
 */
final class MarkdownText extends AbstractVisitor {

    private final List<String> lines = new ArrayList<>();
    private StringBuilder line;
    private String itemPrefix = "";

    static String of(Node document) {
        MarkdownText text = new MarkdownText();
        document.accept(text);
        return String.join("\n", text.lines);
    }

    @Override
    public void visit(Paragraph paragraph) {
        inlineLine(paragraph);
    }

    @Override
    public void visit(Heading heading) {
        inlineLine(heading);
    }

    @Override
    public void visit(OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        int number = start == null ? 1 : start;
        String delimiter = list.getMarkerDelimiter() == null ? "." : list.getMarkerDelimiter();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            itemPrefix = number++ + delimiter + " ";
            item.accept(this);
            itemPrefix = "";
        }
    }

    @Override
    public void visit(BulletList list) {
        visitChildren(list);
    }

    @Override
    public void visit(ListItem item) {
        if (item.getFirstChild() == null && !itemPrefix.isEmpty()) {
            lines.add(itemPrefix.strip());   // an empty numbered item still shows its number
        }
        visitChildren(item);
    }

    @Override
    public void visit(BlockQuote quote) {
        visitChildren(quote);
    }

    @Override
    public void visit(FencedCodeBlock code) {
        codeLines(code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        codeLines(code.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
        String text = HtmlText.of(Jsoup.parseBodyFragment(html.getLiteral()).body());
        if (!text.isEmpty()) {
            lines.add(text);
        }
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
        // a horizontal rule has no text
    }

    @Override
    public void visit(LinkReferenceDefinition definition) {
        // not rendered
    }

    @Override
    public void visit(Text text) {
        line.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        line.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        line.append(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        line.append('\n');
    }

    @Override
    public void visit(HtmlInline html) {
        if (html.getLiteral().toLowerCase(Locale.ROOT).matches("<br\\s*/?>")) {
            line.append('\n');
        }
    }

    @Override
    public void visit(Image image) {
        // a picture has no text in the document; its description is not shown
    }

    /** One line made of a block's inline content, prefixed with its list number when it opens a list item. */
    private void inlineLine(Node block) {
        line = new StringBuilder(itemPrefix);
        itemPrefix = "";
        visitChildren(block);
        lines.add(line.toString());
        line = null;
    }

    private void codeLines(String literal) {
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        lines.add(itemPrefix + text);
        itemPrefix = "";
    }
}
