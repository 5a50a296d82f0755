package dk.referatarkiv.qa;

import dk.referatarkiv.cli.OpenArchive;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
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

    @TempDir
    static Path tmp;
    private static QuestionAnalyzer analyzer;
    private static OpenArchive archive;

    @BeforeAll
    static void load() throws IOException {
        analyzer = new QuestionAnalyzer(TestData.pipeline(), Synonyms.none(), Set.of(), List.of(), Set.of("Byrådet"),
                TestData.gazetteer(), new ConstraintReader(List.of("Søholm"), List.of("Byrådet")));
        archive = TestData.openArchive(TestData.corpusOf(tmp.resolve("corpus"), TestData.LINDBY), tmp.resolve("index"), false);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    @Test
    void theArchiveAnswersWithTheLengthAsWritten() {
        Answer a = archive.answerer().ask("Hvor længe er medlemmerne af Kulturrådet i Lindby udpeget for?");
        assertEquals(AnswerType.DURATION, a.answerType(), String.valueOf(a.answer()));
        assertEquals("fire år", a.answer());
        assertTrue(a.evidence().get(0).text().startsWith("Rådets medlemmer udpeges"), a.evidence().get(0).text());
    }

    @Test
    void theWordsOfAskingAreNoWordsToFind() {
        Question q = analyzer.analyse("Hvor lang tid varer ombygningen af svømmehallen?");
        Set<String> words = new HashSet<>();
        q.terms().forEach(t -> words.addAll(t.own()));
        assertTrue(words.contains("ombygning") && words.contains("svømmehal"), words.toString());
        assertFalse(words.contains("lang") || words.contains("tid") || words.contains("vare"), words.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ombygningen forventes at have op til to måneders varighed.|op til to måneders varighed",
            "Høringen løber i otte uger fra offentliggørelsen.|i otte uger",
            "Lejeaftalen gælder for 3 år og kan forlænges.|3 år",
            "Svar gives inden for to hverdage, normalt inden for en uge.|inden for to hverdage",
            "Tilladelsen gives for halvandet år ad gangen.|halvandet år",
            "Hallen udlånes i en halv time ad gangen.|i en halv time",
            "Sagsbehandlingen tager højst 3 mdr. fra ansøgningen.|højst 3 mdr.",
            "Opsætningen tager én dag.|én dag",
            "Mødet blev holdt den 4. maj 2023 kl. 17.|-",
            "Jubilæet fejres en dag i maj.|-",
            "Kommunen fejrer 5 års jubilæum.|-",
            "Borgere på 80 år og derover tilbydes besøg.|-",
            "Børn, der er 6 år gamle, starter i skole.|-"})
    void theLengthIsTakenAsWritten(String sentence, String expected) {
        Question q = analyzer.analyse("Hvor lang tid varer det?");
        IndexedSentence s = new IndexedSentence("m", null, 1, "Titel", "sagsfremstilling", "Sagsfremstilling", 0, sentence,
                0, sentence.length(), Set.of(), Set.of(), Set.of(), List.of(), List.of());
        Optional<String> got = SpanExtractor.duration(new SpanExtractor.Match(q, s, List.of()));
        assertEquals(expected.equals("-") ? Optional.empty() : Optional.of(expected), got, sentence);
    }

    @Test
    void theLengthNearestTheQuestionsWordsIsTaken() {
        Question q = analyzer.analyse("Hvor lang tid har man til at indgive en klage?");
        String text = "Svar gives normalt inden for to hverdage, men en klage skal indgives inden for fire uger.";
        IndexedSentence s = new IndexedSentence("m", null, 1, "Titel", "sagsfremstilling", "Sagsfremstilling", 0, text,
                0, text.length(), Set.of(), Set.of(), Set.of(), List.of(), List.of());
        int filed = text.indexOf("indgives"); // the question's "klage" is matched by the sentence's "indgives"
        List<int[]> matched = List.<int[]>of(new int[]{filed, filed + "indgives".length(), 1});
        assertEquals(Optional.of("inden for fire uger"), SpanExtractor.duration(new SpanExtractor.Match(q, s, matched)));
    }
}
