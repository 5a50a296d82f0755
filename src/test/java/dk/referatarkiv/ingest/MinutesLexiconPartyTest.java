package dk.referatarkiv.ingest;

import dk.referatarkiv.ingest.MinutesLexicon.Party;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A party written as a letter, a name or another spelling is one party with one label. */
class MinutesLexiconPartyTest {

    private static final MinutesLexicon LEXICON = MinutesLexicon.DEFAULT;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "V|Venstre (V)",
            "Venstre|Venstre (V)",
            "venstre|Venstre (V)",
            "Venstre, Danmarks Liberale Parti|Venstre (V)",
            "A|Socialdemokratiet (A)",
            "S|Socialdemokratiet (A)",
            "Socialdemokraterne|Socialdemokratiet (A)",
            "Ø|Enhedslisten (Ø)",
            "Enhedslisten - De Rød-Grønne|Enhedslisten (Ø)",
            "DF|Dansk Folkeparti (O)",
            "SF|SF - Socialistisk Folkeparti (F)",
            "Det Radikale Venstre|Radikale Venstre (B)",
            "Konservative|Det Konservative Folkeparti (C)",
            "Æ|Danmarksdemokraterne (Æ)"})
    void everySpellingOfAPartyHasItsOneLabel(String written, String label) {
        Party party = LEXICON.party(written).orElseThrow();
        assertTrue(party.isNamed(), written);
        assertEquals(label, party.label());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UP", "u.p.", "Løsgænger", "uden for parti"})
    void outsideThePartiesIsNoParty(String written) {
        Party party = LEXICON.party(written).orElseThrow();
        assertEquals(Party.NO_PARTY, party.letter());
        assertFalse(party.isNamed(), written);
    }

    @Test
    void aLocalListLetterHasNoNameAndARoleIsNoParty() {
        Party local = LEXICON.party("T").orElseThrow();
        assertEquals("", local.name());
        assertFalse(local.isNamed());
        assertEquals("T", local.label());
        assertTrue(LEXICON.party("Kommunaldirektør").isEmpty());
    }

    @Test
    void partyNamesAreTheNamesAsWrittenNotTheLettersOrAbbreviations() {
        assertEquals("V", LEXICON.partyNames().get("Venstre").letter());
        assertEquals("O", LEXICON.partyNames().get("Dansk Folkeparti").letter());
        assertFalse(LEXICON.partyNames().containsKey("V"));
        assertFalse(LEXICON.partyNames().containsKey("venstre"));
        assertFalse(LEXICON.partyNames().containsKey("DF"), "an abbreviation is a letter, not a name in running text");
    }
}
