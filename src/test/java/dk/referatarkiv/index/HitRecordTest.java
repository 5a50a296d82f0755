package dk.referatarkiv.index;

import dk.referatarkiv.ingest.SectionKind;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.testing.TestData;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a hit shows and the texts of its snippet, read from doc values, are what the document's stored fields hold,
 * for every live document, also after an update that deleted a meeting's documents; and a record reads back as
 * written, an unknown date and a missing journal number included.
 */
class HitRecordTest {

    @TempDir
    Path tmp;

    @Test
    void aRecordReadsBackAsWritten() throws IOException {
        for (HitRecord record : new HitRecord[] {
                new HitRecord("soeholm-byraad-2031-05-07", "2031-05-07", "Søholm Byråd", 12, "Æblehaven – køb af jord",
                        "01.02.03-P20-1-31"),
                new HitRecord("bakkeby-oekonomiudvalget", null, "Økonomiudvalget", 0, "", null),
                new HitRecord("", null, "", 300_000, "", "")}) {
            assertEquals(record, HitRecord.decode(record.encode()));
        }
    }

    @Test
    void theDocValuesHoldWhatTheStoredFieldsHold() throws IOException {
        Path folder = TestData.corpusOf(tmp.resolve("corpus"), TestData.SOEHOLM, TestData.BAKKEBY, TestData.RAVNSOE);
        Files.copy(TestData.CORPUS.resolve("chefforum-2024-02-14.txt"), folder.resolve("chefforum-2024-02-14.txt"));
        try (ArchiveIndex index = ArchiveIndex.open(tmp.resolve("index"), new LemmaAnalysis(TestData.pipeline()))) {
            AnnotatedCorpus annotated = AnnotatedCorpus.annotate(TestData.load(folder), TestData.pipeline());
            index.rebuild(annotated, TestData.entitiesOf(annotated));
            assertTrue(compareAll(index) > 20, "documents compared");

            TestData.updateWithout(index, folder, TestData.BAKKEBY);
            compareAll(index);
        }
    }

    /** Compares every live document's doc values with its stored fields; returns how many were compared. */
    private static int compareAll(ArchiveIndex index) throws IOException {
        List<String> textFields = new ArrayList<>(List.of(Fields.HEADER));
        for (SectionKind kind : SectionKind.values()) {
            textFields.add(Fields.section(kind));
        }
        return index.withSearcher(searcher -> {
            int compared = 0;
            boolean severalValues = false;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document stored = leaf.reader().storedFields().document(doc);
                    int item = stored.getField(Fields.ITEM).numericValue().intValue();
                    HitRecord expected = new HitRecord(stored.get(Fields.MEETING_ID), stored.get(Fields.DATE_ISO),
                            stored.get(Fields.BODY), item, item == 0 ? "" : stored.get(Fields.TITLE),
                            stored.get(Fields.JOURNAL));
                    String id = stored.get(Fields.ID);
                    assertEquals(expected, HitRecord.read(leaf.reader(), doc), id);
                    assertEquals(expected, HitRecord.read(searcher.getIndexReader(), leaf.docBase + doc), id);
                    for (String field : textFields) {
                        assertArrayEquals(stored.getValues(field), SnippetTexts.read(leaf.reader(), doc, field),
                                id + " " + field);
                        severalValues |= stored.getValues(field).length > 1;
                    }
                    compared++;
                }
            }
            assertTrue(severalValues, "a document with two sections of one kind is among those compared");
            return compared;
        });
    }
}
