package dk.referatarkiv.index;

import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.search.ArchiveSearcher;
import dk.referatarkiv.search.SearchRequest;
import dk.referatarkiv.testing.TestData;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 point 5: a closed item's text reaches the index only as a stored field — no terms in any field, so no
 * query, snippet or facet can show it — and the item API's reader gets it back. Fixture: the made-up closed item of
 * {@code fixtures/closed/lukket.txt}, whose text holds the made-up word "Vrimmelstorp".
 */
class ClosedTextFieldTest {

    private static final String MEETING = "oekonomiudvalget-2024-05-14";
    private static final String WORD = "vrimmelstorp";

    @TempDir
    static Path tmp;
    private static Corpus corpus;
    private static ArchiveIndex index;

    @BeforeAll
    static void build() throws IOException {
        corpus = TestData.load(TestData.corpusWith(tmp.resolve("corpus"), "fixtures/closed/lukket.txt"));
        index = TestData.indexOf(corpus, tmp.resolve("index"));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void theMeetingHoldsNoClosedTextOnlyTheCorpusAside() {
        Meeting meeting = corpus.meeting(MEETING).orElseThrow();
        AgendaItem closed = meeting.item(2).orElseThrow();
        assertTrue(closed.closed());
        assertTrue(closed.sections().isEmpty(), "nothing downstream of ingest sees the text");
        assertFalse(meeting.toString().toLowerCase(Locale.ROOT).contains(WORD));
        assertTrue(corpus.closedTexts().text(MEETING, 2).orElseThrow().contains("Vrimmelstorp-aftalen"));
        assertTrue(corpus.closedTexts().text(MEETING, 1).isEmpty(), "an open item has no closed text");
        assertFalse(corpus.toString().toLowerCase(Locale.ROOT).contains(WORD), "a log line names no text");
    }

    @Test
    void theFieldIsStoredOnly() throws IOException {
        index.withSearcher(searcher -> {
            FieldInfo info = FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(Fields.CLOSED_TEXT);
            assertNotNull(info, "the field is in the index");
            assertEquals(IndexOptions.NONE, info.getIndexOptions());
            assertEquals(DocValuesType.NONE, info.getDocValuesType());
            assertFalse(info.hasVectors());
            assertEquals(0, info.getPointDimensionCount());
            assertNull(MultiTerms.getTerms(searcher.getIndexReader(), Fields.CLOSED_TEXT));
            return null;
        });
    }

    @Test
    void noIndexedFieldHoldsAWordOfTheText() throws IOException {
        index.withSearcher(searcher -> {
            for (FieldInfo info : FieldInfos.getMergedFieldInfos(searcher.getIndexReader())) {
                Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), info.name);
                if (terms == null) {
                    continue;
                }
                TermsEnum each = terms.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    assertFalse(term.utf8ToString().toLowerCase(Locale.ROOT).contains(WORD),
                            info.name + " has the term " + term.utf8ToString());
                }
            }
            return null;
        });
        assertEquals(0, new ArchiveSearcher(index).search(SearchRequest.of("Vrimmelstorp", 10)).total());
    }

    @Test
    void theReaderGivesTheTextOfTheClosedItemOnly() throws IOException {
        ClosedTextReader reader = new ClosedTextReader(index);
        assertEquals(corpus.closedTexts().text(MEETING, 2), reader.text(MEETING, 2));
        assertTrue(reader.text(MEETING, 1).isEmpty());
        assertTrue(reader.text(MEETING, 0).isEmpty());
        assertTrue(reader.text("no-such-meeting", 2).isEmpty());
    }
}
