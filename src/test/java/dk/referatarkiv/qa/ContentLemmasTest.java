package dk.referatarkiv.qa;

import dk.referatarkiv.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which tokens are content words (their tag, and a compound noun the tagger took for an adverb), and which lemmas a
 * question's word is also asked by.
 */
class ContentLemmasTest {

    private static Token token(String text, String upos) {
        return new Token(text, 0, text.length(), upos, text.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether token {@code i} of the sentence is a word to find, its place in the sentence read as the preparer does. */
    private static boolean contentAt(java.util.List<Token> sentence, int i) {
        return ContentLemmas.isContent(sentence.get(i), i == ContentLemmas.firstWordIndex(sentence));
    }

    @Test
    void aCapitalisedWordAfterTheFirstIsContentWhateverItsTag() {
        // "… indsatsen Klar livet …": the tagger read the project's name as an auxiliary and a verb; "Ved hvilket …":
        // the first word's capital is the sentence's
        java.util.List<Token> running = java.util.List.of(token("indsatsen", "NOUN"), token("Klar", "AUX"),
                token("livet", "VERB"));
        assertTrue(contentAt(running, 1));
        assertFalse(ContentLemmas.isContent(running.get(1)), "by its tag alone it is not");
        java.util.List<Token> question = java.util.List.of(token("Ved", "ADP"), token("hvilket", "DET"),
                token("vejkryds", "NOUN"));
        assertFalse(contentAt(question, 0));
        // a list's dash before it does not make the first word the second
        assertFalse(contentAt(java.util.List.of(token("-", "PUNCT"), token("Desuden", "ADV"), token("x", "NOUN")), 1));
        assertFalse(contentAt(java.util.List.of(token("x", "NOUN"), token("Og", "CCONJ")), 1),
                "a stop word stays out");
        assertFalse(contentAt(java.util.List.of(token("x", "NOUN"), token("KB", "ADV")), 1),
                "capitals only: no small letter after the first");
        // a sentence's words to find hold the name's, as a question's do
        java.util.List<IndexedSentence.TokenLemmas> prepared = SentencePreparer.contentTokens(running);
        assertEquals(3, prepared.size());
        assertTrue(prepared.get(1).variants().contains("klar"), prepared.toString());
    }

    @Test
    void wordsJoinedByASlashAreEachTheTokens() {
        // "krydset Skovvej/Møllevej" names both roads; "skolelokaler/faglokaler" both kinds of room
        java.util.Set<String> roads = ContentLemmas.variants(token("Skovvej/Møllevej", "PROPN"));
        assertTrue(roads.contains("skovvej") && roads.contains("møllevej"), roads.toString());
        java.util.Set<String> rooms = ContentLemmas.variants(token("skolelokaler/faglokaler", "NOUN"));
        assertTrue(rooms.contains("faglokaler") && rooms.contains("faglokale"),
                "with the dictionary's lemma: " + rooms);
        assertTrue(ContentLemmas.term(token("Skovvej/Møllevej", "PROPN"), Synonyms.none()).exact().contains("møllevej"),
                "a question's word so written asks for either");
        // a date or a case number has no letters around its slash; an abbreviation has no part of three letters
        assertEquals(java.util.Set.of(), ContentLemmas.slashParts("10/5-2023"));
        assertEquals(java.util.Set.of(), ContentLemmas.slashParts("A/S"));
        assertEquals(java.util.Set.of(), ContentLemmas.slashParts("km/t"));
    }

    @Test
    void aLongWordIsAlsoAskedAsDanishAbbreviatesItWithAFullStop() {
        // up to a consonant before a vowel, five letters at least; not a word of its own ("sagsbehandl", the imperative)
        assertEquals(java.util.List.of("sagsb.", "sagsbeh."),
                ContentLemmas.abbreviations("Sagsbehandler"));
        assertTrue(ContentLemmas.abbreviations("kommunaldirektør").contains("kommunaldir."));
        assertFalse(ContentLemmas.abbreviations("forvaltning").contains("forv."), "four letters stand for too many words");
        assertEquals(java.util.List.of(), ContentLemmas.abbreviations("mødet"), "a short word is no one's abbreviation");
        assertFalse(ContentLemmas.abbreviations("behandlingen").contains("behandling."), "a word before a full stop ends a sentence");
        assertEquals(java.util.List.of(), ContentLemmas.abbreviations("2026-2029"));
    }

    @Test
    void aLabelsColonLeftOnItsWordIsNotPartOfIt() {
        // "2028: 15.000 kr.", "Bemærkninger:": the tokeniser may keep the colon on the word
        assertTrue(ContentLemmas.variants(token("2028:", "NUM")).contains("2028"));
        java.util.Set<String> remarks = ContentLemmas.variants(token("Bemærkninger:", "NOUN"));
        assertTrue(remarks.contains("bemærkninger") && remarks.contains("bemærkning"), remarks.toString());
        // a colon within a word is no label's ("kl.10:30" keeps its own readings only)
        assertFalse(ContentLemmas.variants(token("10:30", "NUM")).contains("10"));
    }

    @Test
    void theWordsOfACompoundWrittenWithAHyphenAreItsParts() {
        // "Aktive naboer-samarbejdet": the project's last word and the head, each with its lemma
        ContentLemmas.Term term = ContentLemmas.term(token("naboer-samarbejdet", "NOUN"), Synonyms.none());
        assertTrue(term.parts().containsAll(java.util.List.of("naboer", "nabo", "samarbejde")), term.toString());
        assertFalse(term.exact().contains("nabo"), "a part alone is the word in part only: " + term);
        assertTrue(ContentLemmas.variants(token("Nordby-fonden", "PROPN")).contains("fond"));
        // an abbreviation is taken as written, and no part is read as a verb: "LED" is no form of "lede"
        java.util.Set<String> lights = ContentLemmas.hyphenParts("LED-skærme");
        assertTrue(lights.contains("led") && lights.contains("skærm") && !lights.contains("lede"), lights.toString());
        // no letters on both sides, or a letter alone: no parts
        assertEquals(java.util.Set.of(), ContentLemmas.hyphenParts("10-årig"));
        java.util.Set<String> mail = ContentLemmas.hyphenParts("e-mail");
        assertTrue(mail.contains("mail") && !mail.contains("e"), mail.toString());
    }

    @Test
    void anUnknownCompoundNounTaggedAsAnAdverbIsContent() {
        // "… at de cykelskurgrunde ved skolen …": the dictionary knows "cykelskur" and "grund", not the compound
        assertTrue(ContentLemmas.isContent(token("cykelskurgrunde", "ADV")));
        assertTrue(ContentLemmas.isContent(token("cykelskurgrunde", "NOUN")));
    }

    @Test
    void aNameInTheGenitiveTheLemmatiserLeftAsWrittenIsAlsoAskedWithoutItsS() {
        // a name the dictionary does not know, left as written by the lemmatiser
        assertEquals(Optional.of("lindbo"), ContentLemmas.genitiveOfName(token("Lindbos", "PROPN")));
        assertEquals(Optional.of("lindbo"), ContentLemmas.genitiveOfName(token("Lindbo's", "PROPN")));
        assertTrue(ContentLemmas.term(token("Lindbos", "PROPN"), Synonyms.none()).exact().contains("lindbo"));
        // a genitive the dictionary knows is the lemmatiser's to reduce; one it reduced is left alone
        assertEquals(Optional.empty(), ContentLemmas.genitiveOfName(token("Søholms", "PROPN")));
        assertEquals(Optional.empty(), ContentLemmas.genitiveOfName(new Token("Hansens", 0, 7, "PROPN", "hansen")));
        // not a name in the genitive: lower case, all capitals, a word the dictionary knows, an ordinary word without
        // the s, too short to tell
        assertEquals(Optional.empty(), ContentLemmas.genitiveOfName(token("udgifts", "NOUN")));
        assertEquals(Optional.empty(), ContentLemmas.genitiveOfName(token("MOMS", "NOUN")));
        assertEquals(Optional.empty(), ContentLemmas.genitiveOfName(token("Status", "NOUN")));
        assertEquals(Optional.empty(), ContentLemmas.genitiveOfName(token("Mads", "PROPN")));
        assertEquals(Optional.empty(), ContentLemmas.genitiveOfName(token("Bos", "PROPN")));
    }

    @Test
    void aParticipleTaggedAsAnAdjectiveIsStillItsVerb() {
        // "blev skrevet": the tagger's ADJ; the strong verb's participle is the verb "skrive" all the same
        assertTrue(ContentLemmas.term(token("skrevet", "ADJ"), Synonyms.none()).exact().contains("skrive"));
        // an irregular form that is no participle is not taken from an adjective ("sang" is also the noun)
        assertFalse(ContentLemmas.term(token("sang", "ADJ"), Synonyms.none()).exact().contains("synge"));
    }

    @Test
    void aFormWithAHyphenBetweenLettersIsAlsoAskedAndFoundAsOneWord() {
        // the minutes write "Kragholm-fonden", the question "Kragholmfonden": the sentence's word holds the joined form
        assertTrue(ContentLemmas.variants(token("Kragholm-fonden", "PROPN")).contains("kragholmfonden"));
        // and the question's word written with the hyphen asks for the joined one too
        assertTrue(ContentLemmas.term(token("Kragholm-fonden", "PROPN"), Synonyms.none()).exact().contains("kragholmfonden"));
        // a hyphen that joins no letters is kept as written: a suspended compound, a number range
        assertFalse(ContentLemmas.variants(token("idræts-", "NOUN")).contains("idræts"));
        assertTrue(ContentLemmas.variants(token("2026-2029", "NUM")).stream().noneMatch(v -> v.equals("20262029")));
    }

    @Test
    void aRealAdverbIsNot() {
        assertFalse(ContentLemmas.isContent(token("desuden", "ADV")));
        assertFalse(ContentLemmas.isContent(token("ligeledes", "ADV")));
        // unknown to the dictionary, and no compound of two words ("samti" + "digt")
        assertFalse(ContentLemmas.isContent(token("samtidigt", "ADV")));
        assertFalse(ContentLemmas.isContent(token("fremtidigt", "ADV")));
    }
}
