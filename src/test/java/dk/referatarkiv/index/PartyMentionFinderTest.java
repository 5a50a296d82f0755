package dk.referatarkiv.index;

import dk.referatarkiv.ingest.MinutesLexicon;
import dk.referatarkiv.ingest.MinutesLexicon.Party;
import dk.referatarkiv.nlp.DanishPipeline;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Parties named in running text: names with their capitals, letters only after a name, ordinary words not at all. */
class PartyMentionFinderTest {

    private static DanishPipeline pipeline;
    private static final PartyMentionFinder FINDER = new PartyMentionFinder(MinutesLexicon.DEFAULT);

    @BeforeAll
    static void models() {
        pipeline = TestData.pipeline();
    }

    /** Text → the labels of the parties found, in order of first mention, separated by ";" (nothing after the bar: none). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Names, as written, anywhere.
            "Forslaget er støttet af Enhedslisten.|Enhedslisten (Ø)",
            "Udvalgsmedlem Ida Holt, Venstre, foreslog en ny cykelbro.|Venstre (V)",
            "Eva Dam, Dansk Folkeparti, anmoder om omkonstituering.|Dansk Folkeparti (O)",
            "Det Radikale Venstre og Dansk Folkepartis gruppe stemte imod.|Radikale Venstre (B);Dansk Folkeparti (O)",
            "Socialdemokratiet stemte for.|Socialdemokratiet (A)",
            "Forslaget kom fra Alternativet og Liberal Alliance.|Alternativet (Å);Liberal Alliance (I)",
            // The genitive of Venstre is no ordinary word, so it counts at the start of a sentence too.
            "Venstres gruppeformand bød velkommen.|Venstre (V)",
            // Ordinary words: lower case never, a capital at the start of a sentence or line proves nothing.
            "Cykelstien ligger til venstre for skolen.|",
            "Venstre side af vejen får en cykelsti.|",
            "Planen er god. Alternativet er at udskyde projektet.|",
            "• Konservative skøn over udgifterne er brugt.|",
            // Letters and abbreviations only after a name.
            "Birte Lund (V) stillede forslaget.|Venstre (V)",
            "Per R. Holm (Socialdemokratiet) stemte imod.|Socialdemokratiet (A)",
            "Karl de Vinck (C) deltog i mødet.|Det Konservative Folkeparti (C)",
            "Anne Lise Krog (SF) og Mia Østerholt (DF) stemte for.|SF - Socialistisk Folkeparti (F);Dansk Folkeparti (O)",
            "Bent Holt (V) og Ole K. Bæk (V) deltog ikke.|Venstre (V)",
            "Bilag A og plan B vedlægges, og Budgetnotat (B) er eftersendt.|",
            // A form and its annex, not a name and a party.
            "Andelsboligforeningen søger om 12 ungdomsboliger ved Kirkevej i Nordby, Skema B (C).|",
            "SF og DF stemte for.|",
            // No party: outside the parties, a local list letter, a role.
            "Omar Aziz (UP) og Bo Krog (H) stemte for.|",
            "Ole Berg (borgmester) bød velkommen.|"})
    void partiesNamedInText(String text, String expected) {
        List<String> labels = FINDER.find(pipeline.annotate(text)).stream().map(Party::label).toList();
        assertEquals(expected == null ? List.of() : Arrays.asList(expected.split(";")), labels, text);
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(42);
        String alphabet = "aA vVøØ()(,.\n•-Venstre";
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(80); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertDoesNotThrow(() -> FINDER.find(pipeline.annotate(s)), s);
        }
    }
}
