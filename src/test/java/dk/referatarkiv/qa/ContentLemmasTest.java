package dk.referatarkiv.qa;

import dk.referatarkiv.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which tokens are content words: their tag, and a compound noun the tagger took for an adverb. */
class ContentLemmasTest {

    private static Token token(String text, String upos) {
        return new Token(text, 0, text.length(), upos, text.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void anUnknownCompoundNounTaggedAsAnAdverbIsContent() {
        // "… at de cykelskurgrunde ved skolen …": the dictionary knows "cykelskur" and "grund", not the compound
        assertTrue(ContentLemmas.isContent(token("cykelskurgrunde", "ADV")));
        assertTrue(ContentLemmas.isContent(token("cykelskurgrunde", "NOUN")));
    }

    @Test
    void aNameInTheGenitiveTheLemmatiserLeftAsWrittenIsAlsoAskedWithoutItsS() {
        assertEquals(Optional.of("søholm"), ContentLemmas.genitiveOfName(token("Søholms", "PROPN")));
        assertTrue(ContentLemmas.term(token("Søholms", "PROPN"), Synonyms.none()).exact().contains("søholm"));
        // reduced by the lemmatiser already, not a name, or too short to tell
        assertEquals(Optional.empty(), ContentLemmas.genitiveOfName(
                new Token("Hansens", 0, 7, "PROPN", "hansen")));
        assertEquals(Optional.empty(), ContentLemmas.genitiveOfName(token("udgifts", "NOUN")));
        assertEquals(Optional.empty(), ContentLemmas.genitiveOfName(token("Bos", "PROPN")));
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
