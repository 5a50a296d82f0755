package dk.referatarkiv.index;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Optional;

/**
 * Term lookups over the live documents of a reader, without a search: the document an id term names, its binary doc
 * value, and a term's frequency in the documents not deleted. Lucene's own totals
 * ({@link IndexReader#totalTermFreq}) count deleted documents until a merge removes them, so after an update they
 * would differ from those of a rebuilt index.
 * Stateless.
 */
public final class LiveTerms {

    private LiveTerms() {
    }

    /**
     * The binary doc value of {@code field} on the first live document that holds the term (an id), copied (Lucene
     * reuses its own); empty when no live document holds the term or that one has no value.
     */
    public static Optional<BytesRef> binaryValue(IndexReader reader, Term term, String field) throws IOException {
        Found found = first(reader, term);
        if (found == null) {
            return Optional.empty();
        }
        BinaryDocValues values = found.leaf().reader().getBinaryDocValues(field);
        return values != null && values.advanceExact(found.doc())
                ? Optional.of(BytesRef.deepCopyOf(values.binaryValue())) : Optional.empty();
    }

    /** The first live document that holds the term (an id), or -1. */
    public static int document(IndexReader reader, Term term) throws IOException {
        Found found = first(reader, term);
        return found == null ? -1 : found.leaf().docBase + found.doc();
    }

    /** A document of a segment: its number inside the segment. */
    private record Found(LeafReaderContext leaf, int doc) {
    }

    /** The first live document that holds the term, or null. */
    private static Found first(IndexReader reader, Term term) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            TermsEnum found = seek(leaf, term);
            if (found == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum docs = found.postings(null, PostingsEnum.NONE);
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if (live == null || live.get(d)) {
                    return new Found(leaf, d);
                }
            }
        }
        return null;
    }

    /**
     * How often the term occurs in the live documents (the sum of its frequencies; the field must index them). A
     * segment without deletions is answered from its total, one with deletions document by document.
     */
    public static long frequency(IndexReader reader, Term term) throws IOException {
        long count = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            TermsEnum found = seek(leaf, term);
            if (found == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            if (live == null) {
                count += found.totalTermFreq();
                continue;
            }
            PostingsEnum docs = found.postings(null, PostingsEnum.FREQS);
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if (live.get(d)) {
                    count += docs.freq();
                }
            }
        }
        return count;
    }

    /** The segment's terms positioned on the term, or null when the segment does not have it. */
    private static TermsEnum seek(LeafReaderContext leaf, Term term) throws IOException {
        Terms terms = leaf.reader().terms(term.field());
        if (terms == null) {
            return null;
        }
        TermsEnum found = terms.iterator();
        return found.seekExact(term.bytes()) ? found : null;
    }
}
