package dk.referatarkiv.nlp;

import dk.referatarkiv.testing.BadFiles;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tokenisation and sentence splitting on the genre of the minutes, with the shipped models. */
class DanishPipelineTest {

    private static final DanishPipeline PIPELINE = TestData.pipeline();

    /** Sentences that must stay one sentence, and tokens that must stay one token in them. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Der er udarbejdet et budgetkatalog på samlet 35 mio.kr. til budget 2025.",
            "Nordea-fonden bevilgede 7,4 mio. kr. til indsatsen.",
            "Lønløftet koster 1 mia.kr. i 2024 og varigt 4,2 mia.kr. fra 2026.",
            "Der er 127.000 kr. og i alt 1.950.000 kr. i uforbrugte midler, ca. 2% af varekøbet.",
            "Måltal for budget 2025 forventes besluttet på KB d. 13. februar og behandles d. 14. februar 2024.",
            "Revisionen starter 13-02-2024 kl. 09:00 jf. tidsplanen.",
            "Udkast til Lederdøgn d. 4.-5. april 2024 lægges på næste møde.",
            "Sagen har journalnummer 00.01.00-P35-7-23 og behandles efter §17 i loven.",
            "Afdelingscheferne bl.a. i Økonomi & Stab skal bidrage, fx. med forslag vedr. indkøb.",
            "Dette sker ifm. budgettet og ift. de nye regler, pba. regnskabstal for 2022 mv. samt evt. andet.",
            "Konst. direktør for Børn, Sundhed & Velfærd indstiller.",
            "1. at dagsordenen godkendes",
            "Besparelsen i forslag 7.6 er ifm. forhandlingerne øget fra 2026 og frem til 2 mio.kr."})
    void staysOneSentence(String text) {
        AnnotatedText annotated = PIPELINE.annotate(text);
        assertEquals(1, annotated.sentences().size(), () -> annotated.sentences().stream()
                .map(s -> s.text(text)).toList().toString());
    }

    @Test
    void protectedTokensStayWhole() {
        List<String> tokens = words("Sagen 00.01.00-P35-7-23 koster 1.950.000 kr. eller 7,4 mio.kr. fra 13-02-2024 efter §17.");
        for (String expected : List.of("00.01.00-P35-7-23", "1.950.000", "kr.", "7,4", "mio.kr.", "13-02-2024", "§17")) {
            assertTrue(tokens.contains(expected), expected + " in " + tokens);
        }
        assertEquals(".", tokens.get(tokens.size() - 1));
    }

    @Test
    void bracketsAndQuotationMarksAreTokensOfTheirOwn() {
        List<String> tokens = words("Udvalget (formand Ib Lund) godkendte projektet ”Grøn by” og »Lys« (juni 2024).");
        for (String expected : List.of("(", "formand", "Lund", ")", "”", "Grøn", "by", "»", "Lys", "«", "juni", "2024")) {
            assertTrue(tokens.contains(expected), expected + " in " + tokens);
        }
        assertEquals("bilag", PIPELINE.annotate("(bilag 2)").tokens().get(1).lemma());
    }

    private static List<String> sentences(String text) {
        return PIPELINE.annotate(text).sentences().stream().map(s -> s.text(text)).toList();
    }

    @Test
    void sentencesEndWhereTheyShould() {
        String text = "Chefforum godkendte dagsordenen. Der er afsat 35 mio. kr. Måltallet fordeles senere.\n"
                + "- første punkt på en liste\n- andet punkt\nKommunaldirektøren indstiller,\n1. at sagen drøftes";
        assertEquals(List.of("Chefforum godkendte dagsordenen.", "Der er afsat 35 mio. kr.", "Måltallet fordeles senere.",
                "- første punkt på en liste", "- andet punkt", "Kommunaldirektøren indstiller,", "1. at sagen drøftes"),
                sentences(text));
    }

    @Test
    void aLineEndingWithACommaGoesOnInTheNextLowerCaseLine() {
        String text = "Skolechefen anbefaler,\n \nat puljen fordeles,\nat ordningen evalueres.\n"
                + "Udvalget tiltrådte,\nBeslutningen sendes videre.\nDirektøren foreslår,\r\n\r\n\r\nat sagen udsættes.";
        assertEquals(List.of("Skolechefen anbefaler,\n \nat puljen fordeles,\nat ordningen evalueres.",
                "Udvalget tiltrådte,", "Beslutningen sendes videre.", "Direktøren foreslår,\r\n\r\n\r\nat sagen udsættes."),
                sentences(text));
    }

    @Test
    void aLabelAndItsValueOnOneLineAreOneSentence() {
        String text = "Sagsbeh.: Ole Dam\nJ.nr.: 21/4711 Sagsbeh.: Ida Holm\nSagsnr.: 00.01.00-A00-1-23\n"
                + "Bemærk: Fristen er kort. Derfor: Svar snarest.";
        assertEquals(List.of("Sagsbeh.: Ole Dam", "J.nr.: 21/4711 Sagsbeh.: Ida Holm", "Sagsnr.: 00.01.00-A00-1-23",
                "Bemærk: Fristen er kort.", "Derfor: Svar snarest."), sentences(text));
    }

    @Test
    void aMiddleInitialEndsNoSentence() {
        String text = "Søren K. Lykke og Ida Dam deltager ikke i mødet. Se Bilag B. Sagen udsættes.";
        assertEquals(List.of("Søren K. Lykke og Ida Dam deltager ikke i mødet.", "Se Bilag B.",
                "Sagen udsættes."), sentences(text));
        String letters = "Boligerne placeres i Byggefelt B. Der må opføres to etager. Mødet holdes på Rådhuset, "
                + "8000 Aarhus C. Mødet starter kl. 17.";
        assertEquals(List.of("Boligerne placeres i Byggefelt B.", "Der må opføres to etager.",
                "Mødet holdes på Rådhuset, 8000 Aarhus C.", "Mødet starter kl. 17."), sentences(letters));
    }

    @Test
    void aCommasLineEndsItsSentenceAtAPageBreakOrAWideGap() {
        String text = "Skolechefen anbefaler,\n\f\nat puljen fordeles.\nByrådet har bemærket,\n\n\n\nat fristen er kort.";
        assertEquals(List.of("Skolechefen anbefaler,", "at puljen fordeles.", "Byrådet har bemærket,",
                "at fristen er kort."), sentences(text));
    }

    @Test
    void tokensCarryOffsetsTagsAndLemmas() {
        String text = "Chefforum besluttede at godkende budgetkataloget.";
        AnnotatedText annotated = PIPELINE.annotate(text);
        for (Token t : annotated.tokens()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        Token catalogue = annotated.tokens().get(4);
        assertEquals("budgetkataloget", catalogue.text());
        assertEquals("NOUN", catalogue.upos());
        assertEquals("budgetkatalog", catalogue.lemma());
        assertEquals("beslutte", annotated.tokens().get(1).lemma());
    }

    @Test
    void emptyAndOddInputNeverFails() {
        for (String text : List.of("", " ", "\n\n", ".", "...", "§", "–", "a", "\t|\t|", "x".repeat(5000), "1.", "(15 min.)")) {
            AnnotatedText annotated = PIPELINE.annotate(text);
            assertTrue(annotated.tokenCount() >= 0);
        }
    }

    private static List<String> words(String text) {
        return PIPELINE.annotate(text).tokens().stream().map(Token::text).toList();
    }

    /**
     * Regression (issue 10): a 50,000-word line without punctuation is one sentence, and the POS tagger's beam search
     * found no sequence for it (a null best sequence), which failed the whole index run. It is tagged in chunks now.
     */
    @Test
    void runOnLineOfFiftyThousandWordsIsAnnotatedQuickly() {
        String line = BadFiles.runOnLine(50_000);
        AnnotatedText annotated = PIPELINE.annotate(line);
        List<Token> tokens = annotated.sentences().stream().flatMap(s -> s.tokens().stream()).toList();
        assertEquals(50_000, tokens.size());
        assertTrue(tokens.stream().allMatch(t -> t.upos() != null && t.lemma() != null), "every token tagged and lemmatised");
        assertEquals("NOUN", tokens.stream().filter(t -> t.text().equals("budget")).findFirst().orElseThrow().upos());
    }

    @Test
    void aRunOnSentenceIsCutIntoSentencesOfTheCap() {
        int cap = DanishPipeline.MAX_SENTENCE_TOKENS;
        String line = BadFiles.runOnLine(cap * 2 + 17);
        AnnotatedText annotated = PIPELINE.annotate(line);
        assertEquals(List.of(cap, cap, 17), annotated.sentences().stream().map(s -> s.tokens().size()).toList());
        for (AnnotatedSentence s : annotated.sentences()) {
            assertEquals(s.tokens().get(0).start(), s.start(), "a cut sentence starts at its first token");
            assertTrue(s.end() >= s.tokens().get(s.tokens().size() - 1).end());
            for (Token t : s.tokens()) {
                assertEquals(t.text(), line.substring(t.start(), t.end()), "offsets refer to the text");
            }
        }
        // each part is tagged as a sentence of its own
        String firstPart = line.substring(annotated.sentences().get(0).start(), annotated.sentences().get(0).end());
        assertEquals(PIPELINE.annotate(firstPart).tokens().stream().map(Token::upos).toList(),
                annotated.sentences().get(0).tokens().stream().map(Token::upos).toList());
    }
}
