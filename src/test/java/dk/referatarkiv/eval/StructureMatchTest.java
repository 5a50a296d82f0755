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
        assertTrue(StructureMatch.body("Byrådet", "Frederikshavn Byråd"));
        assertTrue(StructureMatch.body("Økonomiudvalget", "Økonomiudvalget 2018-2021"));
        assertTrue(StructureMatch.body("Byrådet", "Byrådet (18-21)"));
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
        assertEquals("orientering om likviditet 2015", StructureMatch.parsedTitle("Sag nr. 31 Orientering om likviditet 2015"));
        assertEquals("spørgetid", StructureMatch.parsedTitle("Pkt. 62 Spørgetid"));
        assertEquals("lokalplan 88", StructureMatch.parsedTitle("Lokalplan 88"), "a trailing number without leaders stays");
    }

    @Test
    void strictTitleKeepsANumberThatBelongsToTheTitle() {
        assertTrue(StructureMatch.titleStrict("2. forventet regnskab 2019 - samlet sag", "2. forventet regnskab 2019 - samlet sag"));
        assertTrue(StructureMatch.titleStrict("Godkendelse af dagsorden", "1. Godkendelse af dagsorden"));
        assertTrue(StructureMatch.titleStrict("Spørgetid i Byrådet", "<strong>Spørgetid i  Byrådet</strong>"));
        assertFalse(StructureMatch.titleStrict("", ""));
    }

    @Test
    void lenientTitleAcceptsALongPrefixOrMostTokens() {
        String gold = "Orientering om sundhedsprojektet Havet som læringsrum";
        assertFalse(StructureMatch.titleStrict(gold, "Orientering om sundhedsprojektet Havet som"));
        assertTrue(StructureMatch.titleLenient(gold, "Orientering om sundhedsprojektet Havet som"), "prefix, 82 %");
        assertFalse(StructureMatch.titleLenient(gold, "Orientering om beskæftigelsesprojektet"), "prefix, 62 %");
        assertTrue(StructureMatch.titleLenient("Salg af ejendom i Sønderby - lukket punkt",
                "Lukket punkt - salg af ejendom i Sønderby"), "same tokens, another order");
        assertTrue(StructureMatch.titleLenient(gold, gold + " Sag nr. 12"), "run on into the next number, 86 %");
        assertFalse(StructureMatch.titleLenient("Godkendelse af dagsorden", "Hele referatet"));
        assertFalse(StructureMatch.titleLenient("Godkendelse af dagsorden", ""));
    }
}
