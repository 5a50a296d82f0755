package dk.referatarkiv.qa;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A verb lemma and the lemma of its action noun reach each other where Danish forms the pair regularly. */
class ActionNounsTest {

    @ParameterizedTest
    @CsvSource({
            "vedtage, vedtagelse",
            "godkende, godkendelse",
            "indkalde, indkaldelse",
            "etablere, etablering",
            "renovere, renovering"})
    void aVerbAndItsActionNounReachEachOther(String verb, String noun) {
        assertTrue(ActionNouns.related(verb).contains(noun), verb + " -> " + ActionNouns.related(verb));
        assertTrue(ActionNouns.related(noun).contains(verb), noun + " -> " + ActionNouns.related(noun));
    }

    @ParameterizedTest
    @CsvSource({"stille, stilling", "holde, holdning", "sætte, sætning", "lede, ledning"})
    void nounsThatDriftFromTheirVerbAreNotMade(String verb, String noun) {
        assertFalse(ActionNouns.related(verb).contains(noun), verb + " -> " + ActionNouns.related(verb));
        assertFalse(ActionNouns.related(noun).contains(verb), noun + " -> " + ActionNouns.related(noun));
    }

    @Test
    void shortWordsAndANounInElseGiveWhatTheyShould() {
        assertEquals(List.of(), ActionNouns.related("se"));
        assertEquals(List.of("vedtage"), ActionNouns.related("vedtagelse"));
    }
}
