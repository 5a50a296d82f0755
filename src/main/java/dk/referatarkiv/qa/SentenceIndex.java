package dk.referatarkiv.qa;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.index.ArchiveIndex;
import dk.referatarkiv.index.Fields;
import dk.referatarkiv.index.ItemDocumentGenerator;
import dk.referatarkiv.index.LiveTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The archive's sentences as the index stores them ({@link SentencePreparer} made them at index time), read back for
 * the items a question touches, and the inverse sentence frequency of each lemma, counted in the index's live
 * documents ({@link LiveTerms}). Nothing is read at start: a server holds only the items and counts its questions have
 * used lately, so its memory does not grow with the archive. Thread-safe.
 */
final class SentenceIndex {

    /** The section key of an item's title as a sentence, and of the header as written (item 0). */
    static final String TITLE = CorpusEntities.TITLE;
    static final String HEADER = CorpusEntities.HEADER;

    /**
     * Read back sentences kept for the next questions, weighed by an estimate of their size on the heap: about 16
     * bytes per encoded byte (measured on the bundled minutes before the decoded sets were made leaner, so an
     * overestimate now).
     */
    private static final long CACHED_HEAP_BYTES = 64L << 20;
    private static final int HEAP_BYTES_PER_ENCODED_BYTE = 16;
    private static final int CACHED_LEMMAS = 50_000;
    private static final SentenceCodec.Item NONE = new SentenceCodec.Item("", List.of());

    private final ArchiveIndex index;
    /** An item's sentences, by {@code meetingId#item}, weighed by their encoded size. */
    private final Cache<String, Weighed> items = Caffeine.newBuilder().maximumWeight(CACHED_HEAP_BYTES)
            .weigher((String id, Weighed w) -> (int) Math.min(Integer.MAX_VALUE,
                    (long) w.bytes() * HEAP_BYTES_PER_ENCODED_BYTE)).build();
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
                ? read(new Term(Fields.HEADER_SENTENCES_OF, meetingId), Fields.HEADER_SENTENCES)
                : read(new Term(Fields.ID, key), Fields.SENTENCES)).item();
    }

    /**
     * The sentences kept in the doc value {@code field} of the document {@code term} finds; none when there is none,
     * or when the index was made without sentences.
     */
    private Weighed read(Term term, String field) {
        try {
            Optional<BytesRef> bytes = index.binaryValue(term, field);
            if (bytes.isEmpty()) {
                return new Weighed(NONE, 1);
            }
            BytesRef encoded = bytes.get();
            return new Weighed(SentenceCodec.decode(encoded.bytes, encoded.offset, encoded.length), encoded.length);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the sentences of " + term.text(), e);
        }
    }

    private long frequency(String lemma) {
        return frequencies.get(lemma, l -> {
            try {
                // each sentence indexes its distinct words once: a word's frequency is the number of its sentences
                Term term = new Term(Fields.SENTENCE_WORDS, l);
                return index.exists() ? index.withSearcher(s -> LiveTerms.frequency(s.getIndexReader(), term)) : 0L;
            } catch (IOException e) {
                throw new UncheckedIOException("counting the sentences that use " + l, e);
            }
        });
    }
}
