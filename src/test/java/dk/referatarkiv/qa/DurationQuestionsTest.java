package dk.referatarkiv.qa;

import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Hvor lang tid …", "hvor længe …" (the type is in QuestionUnderstandingTest's table): the words of asking are not
 * words to find, and the answer is the length as the sentence writes it, with the bound it puts on it. Made-up
 * sentences.
 */
class DurationQuestionsTest {

    private static QuestionAnalyzer analyzer;

    @BeforeAll
    static void load() throws IOException {
        analyzer = new QuestionAnalyzer(TestData.pipeline(), Synonyms.none(), Set.of(), List.of(), Set.of("Byrådet"),
                TestData.gazetteer(), new ConstraintReader(List.of("Søholm"), List.of("Byrådet")));
    }

    @Test
    void theWordsOfAskingAreNoWordsToFind() {
        Question q = analyzer.analyse("Hvor lang tid må et indlæg i debatten højst vare?");
        Set<String> words = new HashSet<>();
        q.terms().forEach(t -> words.addAll(t.own()));
        assertTrue(words.contains("indlæg") && words.contains("debat"), words.toString());
        assertFalse(words.contains("lang") || words.contains("tid") || words.contains("vare"), words.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hvert indlæg i debatten kan vare indtil 5 minutters varighed.|indtil 5 minutters varighed",
            "Høringen løber i otte uger fra offentliggørelsen.|i otte uger",
            "Lejeaftalen gælder for 3 år og kan forlænges.|3 år",
            "Svar gives inden for to hverdage, normalt inden for en uge.|inden for en uge",
            "Mødet blev holdt den 4. maj 2023 kl. 17.|-"})
    void theLengthIsTakenAsWritten(String sentence, String expected) {
        Question q = analyzer.analyse("Hvor lang tid varer det?");
        IndexedSentence s = new IndexedSentence("m", null, 1, "Titel", "sagsfremstilling", "Sagsfremstilling", 0, sentence,
                0, sentence.length(), Set.of(), Set.of(), Set.of(), List.of(), List.of());
        Optional<String> got = SpanExtractor.duration(new SpanExtractor.Match(q, s, List.of()));
        assertEquals(expected.equals("-") ? Optional.empty() : Optional.of(expected), got, sentence);
    }
}
