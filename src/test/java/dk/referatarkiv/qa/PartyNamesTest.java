package dk.referatarkiv.qa;

import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The party a question names, and whether a sentence names the same one. */
class PartyNamesTest {

    private final PartyNames parties = PartyNames.DEFAULT;

    /** The list-letter rule as it reads: a name of two words, then the letter in brackets. */
    private static final Pattern LETTER_RULE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[Ll]isten?\\s+(?<list>\\p{Lu}{1,2})(?![\\p{L}\\p{N}])"
                    + "|(?<=\\p{Lu}\\p{L}{1,30}\\s\\p{Lu}\\p{L}{1,30}\\s{0,2})\\((?<paren>\\p{Lu}{1,2})\\)");

    /** The pattern checks the bracket before looking behind it (for speed): it finds what the rule finds. */
    @Test
    void theListLetterPatternFindsWhatTheRuleFinds() {
        List<String> texts = new ArrayList<>(List.of("Anna Holm (V) og Ib Lund  (DF)", "bilag (A)", "listen Ø (Ø)"));
        texts.addAll(TestData.randomTexts(7, "AaBbÆæ ()VØlistenL\n", 40, 20_000));
        for (String text : texts) {
            assertEquals(matches(LETTER_RULE, text), matches(PartyNames.LETTER, text), text);
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group("list") + "/" + m.group("paren"));
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hvem pegede liste V på til rådet?|V|liste V",
            "Hvem talte for Venstres gruppe i budgetdebatten?|V|Venstres",
            "Hvem fra Dansk Folkeparti var fraværende?|O|Dansk Folkeparti",
            "Hvem indkaldte listen Ø?|Ø|listen Ø",
            "Hvem afløste Ib Lund (DF) i udvalget?|O|(DF)",
            "Hvorfor stemte Venstre imod forslaget fra liste A?|V|Venstre",
            "Hvilken stedfortræder indkaldte liste L?|L|liste L",
            "Hvad besluttede Radikale Venstre om budgettet?|B|Radikale Venstre"})
    void aQuestionNamesAParty(String question, String letter, String written) {
        PartyNames.Named named = parties.first(question).orElseThrow();
        assertEquals(letter, named.letter(), question);
        assertEquals(written, question.substring(named.start(), named.end()), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hvilke partier stemte imod?",
            "Hvor mange biler bruger venstresvinget ved havnen?",
            "Hvad står der i bilag A om planen?",
            "Venstre side af vejen lukkes, hvorfor?",
            "Hvad står der i bilag (A) om planen?",
            "Hvad mente Kommunernes Landsforening (KL) om forslaget?",
            "Hvornår begyndte Etape (I) af byggeriet?"})
    void ordinaryWordsAndLettersAreNoParty(String question) {
        assertEquals(Optional.empty(), parties.first(question), question);
    }

    @Test
    void aSentenceNamesThePartyByLetterNameOrGenitive() {
        assertTrue(parties.names("Venstres gruppeformand oplyser, at Lars Friis er forhindret.", "V"));
        assertTrue(parties.names("Liste V peger på Kim Sand som nyt medlem af rådet.", "V"));
        assertTrue(parties.names("Stedfortræder Dorte Friis (V) deltog.", "V"));
        assertTrue(parties.names("Gruppen fra Socialdemokratiet har meddelt forfald.", "A"));
        assertTrue(parties.names("Imod stemte: Venstre og Dansk Folkeparti.", "V"), "a name after a colon");
        assertFalse(parties.names("Scenarie (B) anbefales af forvaltningen.", "B"), "no name before the letter");
        assertFalse(parties.names("Den socialdemokratiske gruppe … og liste A peger på Pia Lykke.", "V"));
        assertFalse(parties.names("Venstre side af vejen lukkes.", "V"), "the ordinary word opening a sentence");
        assertFalse(parties.names("Der henvises til bilag V.", "V"));
    }
}
