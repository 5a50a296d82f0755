package dk.referatarkiv.index;

import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.search.ArchiveSearcher;
import dk.referatarkiv.search.SearchRequest;
import dk.referatarkiv.testing.TestData;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An update writes only the meetings whose documents changed, in one commit, and leaves the index a rebuild would
 * make: a new file's meeting is added and nothing else is rewritten (no deleted documents), an unchanged corpus
 * writes nothing, a removed file's meeting disappears, a changed file's meeting is replaced, and an index without
 * fingerprints is rebuilt.
 */
class ArchiveIndexUpdateTest {

    @TempDir
    Path tmp;

    @Test
    void writesOnlyWhatChanged() throws IOException {
        Path folder = TestData.corpusOf(tmp.resolve("corpus"), TestData.SOEHOLM, TestData.BAKKEBY);
        try (ArchiveIndex index = ArchiveIndex.open(tmp.resolve("index"), new LemmaAnalysis(TestData.pipeline()))) {
            IndexCounters built = write(index, "rebuild", folder);
            assertEquals(2, built.written());
            int before = index.documentCount();

            TestData.corpusOf(folder, TestData.RAVNSOE);
            IndexCounters added = write(index, "update", folder);
            assertEquals(List.of(1, 0), List.of(added.written(), added.removed()), "only the new file's meeting");
            assertEquals(3, added.meetings());
            assertEquals(index.documentCount(), maxDoc(index), "no document of the other meetings was rewritten");
            assertEquals(added.items() + added.headers(), index.documentCount());
            assertEquals(before, built.items() + built.headers());
            assertTrue(hits(index, "Ravnsø") > 0);

            IndexCounters same = write(index, "update", folder);
            assertEquals(List.of(0, 0), List.of(same.written(), same.removed()), "nothing changed, nothing written");
            assertEquals(index.documentCount(), maxDoc(index));

            Files.delete(folder.resolve(Path.of(TestData.BAKKEBY).getFileName()));
            IndexCounters removed = write(index, "update", folder);
            assertEquals(List.of(0, 1), List.of(removed.written(), removed.removed()));
            assertEquals(0, hits(index, "Bakkeby"));

            Path soeholm = folder.resolve(Path.of(TestData.SOEHOLM).getFileName());
            Files.writeString(soeholm, Files.readString(soeholm).replace("Rådhussalen", "Byrådssalen"));
            IndexCounters changed = write(index, "update", folder);
            assertEquals(List.of(1, 0), List.of(changed.written(), changed.removed()), "the changed file's meeting only");
            assertTrue(hits(index, "Byrådssalen") > 0);

            try (ArchiveIndex fresh = ArchiveIndex.open(tmp.resolve("fresh"), new LemmaAnalysis(TestData.pipeline()))) {
                write(fresh, "rebuild", folder);
                assertEquals(storedIds(fresh), storedIds(index), "the documents a rebuild writes");
                for (String query : List.of("Rådhussalen", "Byrådssalen", "Lilleskov", "budget", "Ravnsø", "børnehave")) {
                    assertEquals(hits(fresh, query), hits(index, query), query);
                }
            }
        }
    }

    @Test
    void makesTheDocumentsOfOnlyTheMeetingsWhoseInputsChanged() throws IOException {
        Path folder = TestData.corpusOf(tmp.resolve("corpus"), TestData.SOEHOLM, TestData.BAKKEBY);
        try (ArchiveIndex index = ArchiveIndex.open(tmp.resolve("index"), new LemmaAnalysis(TestData.pipeline()))) {
            AnnotatedCorpus annotated = annotate(folder);
            assertEquals(2, index.rebuild(annotated, TestData.entitiesOf(annotated), "models-1").made());

            TestData.corpusOf(folder, TestData.RAVNSOE);
            annotated = annotate(folder);
            IndexCounters added = index.update(annotated, TestData.entitiesOf(annotated), "models-1");
            assertEquals(List.of(1, 1, 0), List.of(added.made(), added.written(), added.removed()),
                    "only the new meeting's documents are made");
            assertEquals(3, added.meetings());
            assertTrue(hits(index, "Ravnsø") > 0);

            IndexCounters same = index.update(annotated, TestData.entitiesOf(annotated), "models-1");
            assertEquals(List.of(0, 0, 0), List.of(same.made(), same.written(), same.removed()));
            assertEquals(List.of(added.items(), added.headers()), List.of(same.items(), same.headers()),
                    "the counts of the meetings passed over are those recorded with them");

            IndexCounters otherModels = index.update(annotated, TestData.entitiesOf(annotated), "models-2");
            assertEquals(List.of(3, 0), List.of(otherModels.made(), otherModels.written()),
                    "other annotations: every meeting's documents made and compared, none differs");

            IndexCounters unknownKey = index.update(annotated, TestData.entitiesOf(annotated));
            assertEquals(3, unknownKey.made(), "annotations of unknown provenance: nothing is passed over");

            Path soeholm = folder.resolve(Path.of(TestData.SOEHOLM).getFileName());
            Files.writeString(soeholm, Files.readString(soeholm).replace("Rådhussalen", "Mødesal Zeta"));
            annotated = annotate(folder);
            index.update(annotated, TestData.entitiesOf(annotated), "models-2");
            IndexCounters changed = index.update(annotated, TestData.entitiesOf(annotated), "models-2");
            assertEquals(0, changed.made(), "recorded again after an update without a key");
            Files.writeString(soeholm, Files.readString(soeholm).replace("Mødesal Zeta", "Rådhussalen"));
            annotated = annotate(folder);
            IndexCounters back = index.update(annotated, TestData.entitiesOf(annotated), "models-2");
            assertEquals(List.of(1, 1), List.of(back.made(), back.written()), "the changed file's meeting only");
            assertTrue(hits(index, "Rådhussalen") > 0);
            assertEquals(0, hits(index, "Zeta"));

            try (ArchiveIndex fresh = ArchiveIndex.open(tmp.resolve("fresh"), new LemmaAnalysis(TestData.pipeline()))) {
                write(fresh, "rebuild", folder);
                assertEquals(storedIds(fresh), storedIds(index), "the documents a rebuild writes");
            }
        }
    }

    @Test
    void aFailedUpdateLeavesTheIndexAsItWas() throws IOException {
        Path folder = TestData.corpusOf(tmp.resolve("corpus"), TestData.SOEHOLM, TestData.BAKKEBY);
        try (ArchiveIndex index = ArchiveIndex.open(tmp.resolve("index"), new LemmaAnalysis(TestData.pipeline()))) {
            write(index, "rebuild", folder);
            int before = index.documentCount();
            long generation = index.generation();
            Files.delete(folder.resolve(Path.of(TestData.BAKKEBY).getFileName()));
            TestData.corpusOf(folder, TestData.RAVNSOE);
            AnnotatedCorpus annotated = AnnotatedCorpus.annotate(TestData.load(folder), TestData.pipeline());
            var entities = TestData.entitiesOf(annotated);
            IOException failure = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                    () -> index.update(annotated, entities, meetingId -> {
                        throw new IOException("disk full after " + meetingId);
                    }));
            assertTrue(failure.getMessage().startsWith("disk full"), failure.toString());
            assertEquals(before, index.documentCount(), "nothing deleted, nothing added");
            assertEquals(generation, index.generation());
            assertTrue(hits(index, "Bakkeby") > 0);
            assertEquals(0, hits(index, "Ravnsø"));
            IndexCounters next = write(index, "update", folder);
            assertEquals(List.of(1, 1), List.of(next.written(), next.removed()), "the next update works");
            assertEquals(0, hits(index, "Bakkeby"));
        }
    }

    @Test
    void anIndexWithoutFingerprintsIsRebuilt() throws IOException {
        Path folder = TestData.corpusOf(tmp.resolve("corpus"), TestData.SOEHOLM, TestData.BAKKEBY);
        try (ArchiveIndex index = ArchiveIndex.open(tmp.resolve("index"), new LemmaAnalysis(TestData.pipeline()))) {
            assertEquals(2, write(index, "update", folder).written(), "no index yet: built whole");
        }
    }

    private static AnnotatedCorpus annotate(Path folder) throws IOException {
        return AnnotatedCorpus.annotate(TestData.load(folder), TestData.pipeline());
    }

    /** The folder read, annotated and extracted as the archive does, then written to the index one way or the other. */
    private static IndexCounters write(ArchiveIndex index, String how, Path folder) throws IOException {
        AnnotatedCorpus annotated = annotate(folder);
        var entities = TestData.entitiesOf(annotated);
        return how.equals("rebuild") ? index.rebuild(annotated, entities) : index.update(annotated, entities);
    }

    private static int maxDoc(ArchiveIndex index) throws IOException {
        return index.withSearcher(s -> s.getIndexReader().maxDoc());
    }

    private static long hits(ArchiveIndex index, String query) throws IOException {
        return new ArchiveSearcher(index).search(SearchRequest.of(query, 5)).total();
    }

    private static Set<String> storedIds(ArchiveIndex index) throws IOException {
        return index.withSearcher(s -> {
            IndexReader reader = s.getIndexReader();
            StoredFields stored = reader.storedFields();
            Set<String> ids = new TreeSet<>();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (reader.hasDeletions() && !org.apache.lucene.index.MultiBits.getLiveDocs(reader).get(doc)) {
                    continue;
                }
                ids.add(stored.document(doc).get(Fields.ID) + " " + stored.document(doc).get(Fields.TITLE));
            }
            return ids;
        });
    }
}
