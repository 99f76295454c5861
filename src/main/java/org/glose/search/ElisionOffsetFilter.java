package org.glose.search;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Removes an elided article ({@code l'}, {@code d’}, {@code qu'}...) in front of a word, with the straight or the
 * typographic apostrophe, like Lucene's {@code ElisionFilter}, and also moves the token's start offset past it:
 * the offsets are what a hit's range is made of, and {@code l’État} must give the hit {@code État}
 * (docs/search.md), whereas {@code ElisionFilter} keeps the offsets of the whole token.
 */
final class ElisionOffsetFilter extends TokenFilter {

    private final CharArraySet articles;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);

    ElisionOffsetFilter(TokenStream input, CharArraySet articles) {
        super(input);
        this.articles = articles;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c == '\'' || c == '\u2019') {
                if (i > 0 && i + 1 < length && articles.contains(buffer, 0, i)) {
                    boolean offsetsMatchTerm = offsets.endOffset() - offsets.startOffset() == length;
                    term.copyBuffer(buffer, i + 1, length - i - 1);
                    if (offsetsMatchTerm) {
                        offsets.setOffset(offsets.startOffset() + i + 1, offsets.endOffset());
                    }
                }
                break;
            }
        }
        return true;
    }
}
