package dk.referatarkiv.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StructureMatchTest {

    @Test
    void normalisesCaseTagsAmpersandsPunctuationAndSpace() {
        assertEquals("økonomi og stab kultur og fritid", StructureMatch.normalise("Økonomi & Stab<br />  Kultur- og  Fritid."));
        assertEquals("", StructureMatch.normalise(null));
    }

    @Test
    void bodyToleratesTheDefiniteSuffixAndCase() {
        assertTrue(StructureMatch.body("Byrådet", "Byråd"));
        assertTrue(StructureMatch.body("Byrådet", "BYRÅDET"));
        assertTrue(StructureMatch.body("Kultur- og Idrætsudvalget", "Kultur og idrætsudvalg"));
    }

    @Test
    void bodyMayBeNamedWithItsMunicipalityOrPeriod() {
        assertTrue(StructureMatch.body("Byrådet", "Sønderby Byråd"));
        assertTrue(StructureMatch.body("Økonomiudvalget", "Økonomiudvalget 2022-2025"));
        assertTrue(StructureMatch.body("Byrådet", "Byrådet (22-25)"));
    }

    @Test
    void bodyRejectsOtherBodiesAndPartsOfWords() {
        assertFalse(StructureMatch.body("Økonomiudvalget", "Kultur- og Idrætsudvalget"));
        assertFalse(StructureMatch.body("Kultur- og Fritidsudvalget", "Udvalget"), "a word part is no match");
        assertFalse(StructureMatch.body("Byrådet", ""));
        assertFalse(StructureMatch.body("Byrådet", null));
    }

    @Test
    void parsedTitleLosesItemNumberDotLeadersAndPage() {
        assertEquals("kostprofil sønderby kommune",
                StructureMatch.parsedTitle("51. Kostprofil, Sønderby Kommune ............................ 12"));
        assertEquals("status for vejvedligehold 2022", StructureMatch.parsedTitle("Sag nr. 31 Status for vejvedligehold 2022"));
        assertEquals("spørgetid", StructureMatch.parsedTitle("Pkt. 62 Spørgetid"));
        assertEquals("lokalplan 88", StructureMatch.parsedTitle("Lokalplan 88"), "a trailing number without leaders stays");
    }

    @Test
    void strictTitleKeepsANumberThatBelongsToTheTitle() {
        assertTrue(StructureMatch.titleStrict("2. behandling af takstbladet 2024", "2. behandling af takstbladet 2024"));
        assertTrue(StructureMatch.titleStrict("Godkendelse af dagsorden", "1. Godkendelse af dagsorden"));
        assertTrue(StructureMatch.titleStrict("Borgernes spørgetid", "<strong>Borgernes  spørgetid</strong>"));
        assertFalse(StructureMatch.titleStrict("", ""));
    }

    @Test
    void lenientTitleAcceptsALongPrefixOrMostTokens() {
        String gold = "Evaluering af forsøget med aftenåbent i Sønderby Bibliotek";
        assertFalse(StructureMatch.titleStrict(gold, "Evaluering af forsøget med aftenåbent i Sønderby"));
        assertTrue(StructureMatch.titleLenient(gold, "Evaluering af forsøget med aftenåbent i Sønderby"), "prefix, 83 %");
        assertFalse(StructureMatch.titleLenient(gold, "Evaluering af forsøget med natbusser"), "62 %, and no prefix");
        assertTrue(StructureMatch.titleLenient("Køb af jord ved Nordby - lukket punkt",
                "Lukket punkt - køb af jord ved Nordby"), "same tokens, another order");
        assertTrue(StructureMatch.titleLenient(gold, gold + " Sag nr. 12"), "run on into the next number, 85 %");
        assertFalse(StructureMatch.titleLenient("Godkendelse af dagsorden", "Hele referatet"));
        assertFalse(StructureMatch.titleLenient("Godkendelse af dagsorden", ""));
    }
}
