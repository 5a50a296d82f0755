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
        assertEquals("kram profil næstved kommune",
                StructureMatch.parsedTitle("191. KRAM-profil, Næstved Kommune ............................ 457"));
        assertEquals("orientering om likviditet 2010", StructureMatch.parsedTitle("Sag nr. 74 Orientering om likviditet 2010"));
        assertEquals("spørgetid", StructureMatch.parsedTitle("Pkt. 175 Spørgetid"));
        assertEquals("lokalplan 264", StructureMatch.parsedTitle("Lokalplan 264"), "a trailing number without leaders stays");
    }

    @Test
    void strictTitleKeepsANumberThatBelongsToTheTitle() {
        assertTrue(StructureMatch.titleStrict("3. anslået regnskab 2016 - samlet sag", "3. anslået regnskab 2016 - samlet sag"));
        assertTrue(StructureMatch.titleStrict("Godkendelse af dagsorden", "1. Godkendelse af dagsorden"));
        assertTrue(StructureMatch.titleStrict("Spørgetid i Byrådet", "<strong>Spørgetid i  Byrådet</strong>"));
        assertFalse(StructureMatch.titleStrict("", ""));
    }

    @Test
    void lenientTitleAcceptsALongPrefixOrMostTokens() {
        String gold = "Orientering om beskæftigelsesprojektet Naturen som løftestang";
        assertFalse(StructureMatch.titleStrict(gold, "Orientering om beskæftigelsesprojektet Naturen som"));
        assertTrue(StructureMatch.titleLenient(gold, "Orientering om beskæftigelsesprojektet Naturen som"), "prefix, 82 %");
        assertFalse(StructureMatch.titleLenient(gold, "Orientering om beskæftigelsesprojektet"), "prefix, 62 %");
        assertTrue(StructureMatch.titleLenient("Salg af ejendom i Oksbøl - lukket punkt",
                "Lukket punkt - salg af ejendom i Oksbøl"), "same tokens, another order");
        assertTrue(StructureMatch.titleLenient(gold, gold + " Sag nr. 12"), "run on into the next number, 86 %");
        assertFalse(StructureMatch.titleLenient("Godkendelse af dagsorden", "Hele referatet"));
        assertFalse(StructureMatch.titleLenient("Godkendelse af dagsorden", ""));
    }
}
