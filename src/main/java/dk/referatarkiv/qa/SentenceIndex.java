package dk.referatarkiv.qa;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.index.ArchiveIndex;
import dk.referatarkiv.index.Fields;
import dk.referatarkiv.index.ItemDocumentGenerator;
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
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The archive's sentences as the index stores them ({@link SentencePreparer} made them at index time), read back for
 * the items a question touches, and the inverse sentence frequency of each lemma, counted in the index. Nothing is
 * read at start: a server holds only the items and counts its questions have used lately, so its memory does not
 * grow with the archive. Thread-safe.
 */
final class SentenceIndex {

    /** The section key of an item's title as a sentence, and of the header as written (item 0). */
    static final String TITLE = CorpusEntities.TITLE;
    static final String HEADER = CorpusEntities.HEADER;

    /** Read back sentences kept for the next questions, by the size of their stored form. */
    private static final long CACHED_BYTES = 16L << 20;
    private static final int CACHED_LEMMAS = 50_000;
    private static final Set<String> ONLY_THE_SENTENCES = Set.of(Fields.SENTENCES);
    private static final Set<String> ONLY_THE_HEADER_SENTENCES = Set.of(Fields.HEADER_SENTENCES);
    private static final SentenceCodec.Item NONE = new SentenceCodec.Item("", List.of());

    private final ArchiveIndex index;
    /** An item's sentences, by {@code meetingId#item}, weighed by their stored size. */
    private final Cache<String, Weighed> items = Caffeine.newBuilder().maximumWeight(CACHED_BYTES)
            .weigher((String id, Weighed w) -> w.bytes()).build();
    /** How many sentences use a lemma. */
    private final Cache<String, Long> frequencies = Caffeine.newBuilder().maximumSize(CACHED_LEMMAS).build();

    private record Weighed(SentenceCodec.Item item, int bytes) {
    }

    /**
     * @param index the archive's index, built with a {@link SentencePreparer}: its sentences are read while they are
     *              asked for, from the index's current searcher (one answerer serves one version of the archive, and a
     *              reload makes a new one, so what is kept never outlives the version it was read from by more than
     *              the reload)
     */
    SentenceIndex(ArchiveIndex index) {
        this.index = index;
    }

    /** Who recommends the item, as written, or empty. */
    String recommender(String meetingId, int item) {
        return item(meetingId, item).recommender();
    }

    List<IndexedSentence> sentences(String meetingId, int item) {
        return item(meetingId, item).sentences();
    }

    /** Inverse sentence frequency, smoothed; unseen lemmas weigh most. */
    double idf(String lemma) {
        long df = frequency(lemma);
        return Math.log((frequency(Fields.SENTENCE_MARK) + 1.0) / (df + 0.5));
    }

    boolean known(String lemma) {
        return frequency(lemma) > 0;
    }

    private SentenceCodec.Item item(String meetingId, int item) {
        String id = ItemDocumentGenerator.documentId(meetingId, item);
        return items.get(id, key -> item == 0
                ? read(new Term(Fields.HEADER_SENTENCES_OF, meetingId), Fields.HEADER_SENTENCES, ONLY_THE_HEADER_SENTENCES)
                : read(new Term(Fields.ID, key), Fields.SENTENCES, ONLY_THE_SENTENCES)).item();
    }

    /** The sentences stored in {@code field} of the document {@code term} finds; none when there is none. */
    private Weighed read(Term term, String field, Set<String> fields) {
        if (!index.exists()) {
            return new Weighed(NONE, 1);
        }
        try {
            return index.withSearcher(searcher -> {
                int doc = liveDocument(searcher.getIndexReader(), term);
                if (doc < 0) {
                    return new Weighed(NONE, 1);
                }
                BytesRef bytes = searcher.storedFields().document(doc, fields).getBinaryValue(field);
                if (bytes == null) {
                    return new Weighed(NONE, 1); // an index made without sentences: nothing to answer from
                }
                return new Weighed(SentenceCodec.decode(bytes.bytes, bytes.offset, bytes.length), bytes.length);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("reading the sentences of " + term.text(), e);
        }
    }

    /** The document holding a term (an id), or -1: looked up in the terms, without a search. */
    private static int liveDocument(IndexReader reader, Term term) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(term.field());
            if (terms == null) {
                continue;
            }
            TermsEnum found = terms.iterator();
            if (!found.seekExact(term.bytes())) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum docs = found.postings(null, PostingsEnum.NONE);
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if (live == null || live.get(d)) {
                    return leaf.docBase + d;
                }
            }
        }
        return -1;
    }

    private long frequency(String lemma) {
        return frequencies.get(lemma, l -> {
            try {
                return index.exists() ? index.withSearcher(s -> sentencesUsing(s.getIndexReader(), l)) : 0L;
            } catch (IOException e) {
                throw new UncheckedIOException("counting the sentences that use " + l, e);
            }
        });
    }

    /**
     * How many sentences of the live documents use the word: its frequency in {@link Fields#SENTENCE_WORDS}. Lucene's
     * own total counts deleted documents until they are merged away, so a segment with deletions is counted document
     * by document.
     */
    private static long sentencesUsing(IndexReader reader, String word) throws IOException {
        BytesRef term = new BytesRef(word);
        long count = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Fields.SENTENCE_WORDS);
            if (terms == null) {
                continue;
            }
            TermsEnum found = terms.iterator();
            if (!found.seekExact(term)) {
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
}
