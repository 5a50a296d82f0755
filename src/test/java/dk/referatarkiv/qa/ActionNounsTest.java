package dk.referatarkiv.qa;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A verb lemma and the lemma of its action noun reach each other by the rules of Danish word formation. */
class ActionNounsTest {

    @ParameterizedTest
    @CsvSource({
            "vedtage, vedtagelse",
            "godkende, godkendelse",
            "etablere, etablering",
            "behandle, behandling",
            "åbne, åbning",
            "sammenlægge, sammenlægning",
            "beslutte, beslutning"})
    void aVerbAndItsActionNounReachEachOther(String verb, String noun) {
        assertTrue(ActionNouns.related(verb).contains(noun), verb + " -> " + ActionNouns.related(verb));
        assertTrue(ActionNouns.related(noun).contains(verb), noun + " -> " + ActionNouns.related(noun));
    }

    @ParameterizedTest
    @CsvSource({"se", "gå", "ting", "ring"})
    void shortWordsAreNoSuchPairs(String word) {
        assertTrue(ActionNouns.related(word).isEmpty(), word + " -> " + ActionNouns.related(word));
    }

    @Test
    void aNounInElseGivesItsVerbOnly() {
        assertEquals(List.of("vedtage"), ActionNouns.related("vedtagelse"));
    }
}
