package dk.referatarkiv.qa;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.index.ArchiveIndex;
import dk.referatarkiv.index.Fields;
import dk.referatarkiv.index.IndexCounters;
import dk.referatarkiv.index.LemmaAnalysis;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.nlp.AnnotatedItem;
import dk.referatarkiv.nlp.AnnotatedText;
import dk.referatarkiv.testing.TestData;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sentences the question answerer reads from the index are those prepared from the annotations, item by item and
 * for each meeting's header as written, and the words' sentence frequencies counted in the index are those of the
 * archive's live sentences, also after an update deleted a meeting's documents; an update stores what a rebuild
 * stores.
 */
class StoredSentencesTest {

    @TempDir
    Path tmp;

    @Test
    void theIndexGivesBackThePreparedSentencesAndCountsTheLiveOnes() throws IOException {
        Path folder = TestData.corpusOf(tmp.resolve("corpus"), TestData.SOEHOLM, TestData.BAKKEBY, TestData.RAVNSOE);
        Files.copy(TestData.CORPUS.resolve("chefforum-2024-02-14.txt"), folder.resolve("chefforum-2024-02-14.txt"));
        try (ArchiveIndex index = ArchiveIndex.open(tmp.resolve("index"), new LemmaAnalysis(TestData.pipeline()),
                new SentencePreparer())) {
            AnnotatedCorpus annotated = AnnotatedCorpus.annotate(TestData.load(folder), TestData.pipeline());
            CorpusEntities entities = TestData.entitiesOf(annotated);
            index.rebuild(annotated, entities);
            Map<String, List<IndexedSentence>> prepared = prepared(annotated, entities);
            assertTrue(prepared.keySet().stream().anyMatch(id -> id.endsWith("#0")), "headers as written prepared");
            assertTrue(prepared.size() > 20, prepared.keySet().toString());
            SentenceIndex stored = new SentenceIndex(index);
            prepared.forEach((id, sentences) -> assertEquals(sentences, stored.sentences(meeting(id), item(id)), id));
            for (AnnotatedItem item : annotated.items()) {
                assertEquals(item.item().recommender().strip(),
                        stored.recommender(item.meeting().id(), item.item().number()));
            }
            assertFrequencies(prepared, stored);
            assertTrue(annotated.items().stream().anyMatch(i -> !i.item().recommender().isBlank()),
                    "an item with a recommender is among those compared");

            // The update deletes Bakkeby's documents: its sentences no longer count, in a segment with deletions.
            TestData.Annotated without = TestData.updateWithout(index, folder, TestData.BAKKEBY);
            Map<String, List<IndexedSentence>> left = prepared(without.corpus(), without.entities());
            String removed = prepared.keySet().stream().filter(id -> !left.containsKey(id) && !prepared.get(id).isEmpty())
                    .findFirst().orElseThrow();
            assertFalse(stored.sentences(meeting(removed), item(removed)).isEmpty(), "kept from before the update");
            SentenceIndex afterUpdate = new SentenceIndex(index);
            assertFrequencies(left, afterUpdate);
            assertEquals(List.of(), new SentenceIndex(index).sentences(meeting(removed), item(removed)), removed);
        }
    }

    /**
     * An update that passes over the meetings whose inputs are unchanged (with an annotations key, as the archive
     * runs it) leaves the stored sentences a rebuild stores.
     */
    @Test
    void anUpdateStoresWhatARebuildStores() throws IOException {
        Path folder = TestData.corpusOf(tmp.resolve("corpus"), TestData.SOEHOLM, TestData.BAKKEBY);
        try (ArchiveIndex updated = open(tmp.resolve("updated")); ArchiveIndex rebuilt = open(tmp.resolve("rebuilt"))) {
            AnnotatedCorpus annotated = AnnotatedCorpus.annotate(TestData.load(folder), TestData.pipeline());
            updated.rebuild(annotated, TestData.entitiesOf(annotated), "models-1");
            TestData.corpusOf(folder, TestData.RAVNSOE);
            annotated = AnnotatedCorpus.annotate(TestData.load(folder), TestData.pipeline());
            CorpusEntities entities = TestData.entitiesOf(annotated);
            IndexCounters update = updated.update(annotated, entities, "models-1");
            assertEquals(1, update.made(), "the other meetings passed over");
            rebuilt.rebuild(annotated, entities, "models-1");
            Map<String, String> stored = storedSentences(rebuilt);
            assertTrue(stored.size() > 10, stored.keySet().toString());
            assertEquals(stored, storedSentences(updated));
        }
    }

    private ArchiveIndex open(Path dir) throws IOException {
        return ArchiveIndex.open(dir, new LemmaAnalysis(TestData.pipeline()), new SentencePreparer());
    }

    /** Each live document's sentences (and header sentences), by id, as hex. */
    private static Map<String, String> storedSentences(ArchiveIndex index) throws IOException {
        return index.withSearcher(searcher -> {
            Map<String, String> out = new TreeMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                for (String field : List.of(Fields.SENTENCES, Fields.HEADER_SENTENCES)) {
                    BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
                    for (int doc = values == null ? DocIdSetIterator.NO_MORE_DOCS : values.nextDoc();
                         doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            BytesRef bytes = values.binaryValue();
                            out.put(leaf.reader().storedFields().document(doc).get(Fields.ID) + " " + field,
                                    HexFormat.of().formatHex(bytes.bytes, bytes.offset, bytes.offset + bytes.length));
                        }
                    }
                }
            }
            return out;
        });
    }

    /** Every prepared item's and header's sentences, by {@code meetingId#item}. */
    private static Map<String, List<IndexedSentence>> prepared(AnnotatedCorpus annotated, CorpusEntities entities) {
        Map<String, List<IndexedSentence>> out = new HashMap<>();
        for (AnnotatedItem item : annotated.items()) {
            out.put(item.meeting().id() + "#" + item.item().number(), SentencePreparer.itemSentences(item,
                    entities.item(item.meeting().id(), item.item().number()).orElse(null)));
        }
        for (Map.Entry<String, AnnotatedText> header : annotated.headerSources().entrySet()) {
            Meeting meeting = annotated.corpus().meeting(header.getKey()).orElseThrow();
            out.put(meeting.id() + "#0", SentencePreparer.headerSentences(meeting, header.getValue()));
        }
        return out;
    }

    /** The index's idf of every word equals the one counted over the prepared sentences, and an unseen word's. */
    private static void assertFrequencies(Map<String, List<IndexedSentence>> prepared, SentenceIndex stored) {
        Map<String, Integer> df = new HashMap<>();
        List<IndexedSentence> all = new ArrayList<>();
        prepared.values().forEach(all::addAll);
        all.forEach(s -> s.lemmas().forEach(l -> df.merge(l, 1, Integer::sum)));
        for (String lemma : new TreeSet<>(df.keySet())) {
            assertTrue(stored.known(lemma), lemma);
            assertEquals(Math.log((all.size() + 1.0) / (df.get(lemma) + 0.5)), stored.idf(lemma), 1e-9, lemma);
        }
        assertFalse(stored.known("\u0000unseen"));
        assertEquals(Math.log((all.size() + 1.0) / 0.5), stored.idf("\u0000unseen"), 1e-9);
    }

    private static String meeting(String id) {
        return id.substring(0, id.lastIndexOf('#'));
    }

    private static int item(String id) {
        return Integer.parseInt(id.substring(id.lastIndexOf('#') + 1));
    }
}
