package dk.referatarkiv.index;

import dk.referatarkiv.search.SearchRequest;
import dk.referatarkiv.search.SearchResult;
import dk.referatarkiv.testing.SearchFixture;
import dk.referatarkiv.testing.TestData;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LemmaAnalysisTest {

    /** Query analysis of {@code "Budgetkataloget for netværkene"}: every plausible lemma, stop words gone. */
    private static final List<String> QUERY_TERMS = List.of("budgetkatalog", "budgetkataloge", "budgetkataloget", "|",
            "netværk", "netværkene");

    @TempDir
    static Path tmp;
    private static SearchFixture archive;

    @BeforeAll
    static void build() throws IOException {
        Path corpus = TestData.corpusOf(tmp.resolve("corpus"), "fixtures/search/lemmas.txt");
        archive = SearchFixture.of(TestData.load(corpus), tmp.resolve("index"));
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    @Test
    void inflectedQueryFindsTheBaseForm() throws IOException {
        for (String q : List.of("budgetkataloget", "budgetkatalogerne", "netværksberetningerne", "drøfte", "udkastene")) {
            assertEquals(1, total(q), q);
        }
    }

    @Test
    void compoundPartsAreSearchable() throws IOException {
        assertEquals(1, total("katalog"));
        assertEquals(1, total("beretning"));
    }

    @Test
    void quotedWordsMatchOnlyAsWritten() throws IOException {
        assertEquals(0, total("\"budgetkataloget\""));
        assertEquals(1, total("\"udkastet til budgetkatalog\""));
        String snippet = archive.searcher().search(SearchRequest.of("\"udkastet til budgetkatalog\"", 1)).hits().get(0).snippet();
        assertTrue(snippet.contains("<mark>udkastet til budgetkatalog</mark>"), snippet);
    }

    @Test
    void queryTermsAreAllLemmasOfEachWordAtOnePosition() throws IOException {
        assertEquals(QUERY_TERMS, terms(archive.index().analyzer(), Fields.ALL, "Budgetkataloget for netværkene"));
    }

    @Test
    void randomTextNeverFails() throws IOException {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                text.append((char) (random.nextBoolean() ? ' ' + random.nextInt(95) : 0xC0 + random.nextInt(0x100)));
            }
            terms(archive.index().analyzer(), Fields.TITLE, text.toString());
            archive.searcher().search(SearchRequest.of(text.toString(), 5));
        }
    }

    private static long total(String q) throws IOException {
        SearchResult result = archive.searcher().search(SearchRequest.of(q, 10));
        return result.total();
    }

    /** The terms of the analysed text, with {@code |} where a new position starts after the first. */
    private static List<String> terms(Analyzer analyzer, String field, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() > 0 && !terms.isEmpty()) {
                    terms.add("|");
                }
                terms.add(term.toString());
            }
            ts.end();
        }
        return terms;
    }
}
