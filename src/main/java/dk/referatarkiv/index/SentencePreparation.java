package dk.referatarkiv.index;

import dk.referatarkiv.entities.ItemEntities;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.nlp.AnnotatedItem;
import dk.referatarkiv.nlp.AnnotatedText;

import java.util.List;
import java.util.Set;

/**
 * What the index keeps of each item for answering questions, made at index time by the question-answering stage
 * (which the index does not know: it only stores what it is given) and read back for the items a question touches,
 * so that a server never prepares the archive's sentences itself. Implementations are thread-safe: documents are made
 * on all cores.
 */
public interface SentencePreparation {

    /**
     * An item's prepared sentences.
     *
     * @param encoded the sentences in the preparation's own binary form, stored with the item ({@link Fields#SENTENCES})
     * @param words   each sentence's distinct words, in sentence order: indexed once per sentence
     *                ({@link Fields#SENTENCE_WORDS}) so that how many sentences of the archive use a word is one
     *                lookup
     *                (a value to store, never compared: the record's equality is that of its array's identity)
     */
    record Prepared(byte[] encoded, List<Set<String>> words) {
    }

    /**
     * The preparation's name and version, recorded in the index's schema: an index prepared otherwise is rebuilt
     * (change it when the encoded form or what goes into it changes).
     */
    String version();

    /** @return the item's sentences, or null when this preparation prepares none ({@link #NONE}) */
    Prepared item(AnnotatedItem item, ItemEntities entities);

    /**
     * The sentences of a meeting's header as written ({@link Meeting#headerSource()}), item 0.
     *
     * @return the sentences, or null when this preparation prepares none ({@link #NONE})
     */
    Prepared header(Meeting meeting, AnnotatedText headerSource);

    /** Nothing prepared: an index that only searches (evaluations of retrieval, benchmarks of indexing). */
    SentencePreparation NONE = new SentencePreparation() {
        @Override
        public String version() {
            return "none";
        }

        @Override
        public Prepared item(AnnotatedItem item, ItemEntities entities) {
            return null;
        }

        @Override
        public Prepared header(Meeting meeting, AnnotatedText headerSource) {
            return null;
        }
    };
}
