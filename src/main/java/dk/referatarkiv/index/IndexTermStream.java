package dk.referatarkiv.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.util.Iterator;
import java.util.List;

/** A Lucene token stream over terms computed beforehand (from the item's NLP annotations). Single use. */
final class IndexTermStream extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final List<IndexTerm> terms;
    private Iterator<IndexTerm> next;
    private int finalOffset;

    IndexTermStream(List<IndexTerm> terms, int textLength) {
        this.terms = terms;
        this.finalOffset = textLength;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = terms.iterator();
    }

    @Override
    public boolean incrementToken() {
        if (!next.hasNext()) {
            return false;
        }
        clearAttributes();
        IndexTerm t = next.next();
        term.setEmpty().append(t.term());
        offset.setOffset(t.start(), t.end());
        increment.setPositionIncrement(t.positionIncrement());
        return true;
    }

    /** Adds the terms, their offsets and position increments and the final offset to {@code digest}. */
    void digest(java.security.MessageDigest digest) {
        for (IndexTerm t : terms) {
            DocumentsHash.text(digest, t.term() + " " + t.start() + " " + t.end() + " " + t.positionIncrement());
        }
        DocumentsHash.text(digest, "end " + finalOffset);
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offset.setOffset(finalOffset, finalOffset);
    }
}
