package dk.referatarkiv.qa;

import dk.referatarkiv.nlp.Token;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which tokens are content words: their tag, and a compound noun the tagger took for an adverb. */
class ContentLemmasTest {

    private static Token token(String text, String upos) {
        return new Token(text, 0, text.length(), upos, text.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void anUnknownCompoundNounTaggedAsAnAdverbIsContent() {
        // "Hvor ligger de cykelskurgrunde, som …": the dictionary knows "cykelskur" and "grund", not the compound
        assertTrue(ContentLemmas.isContent(token("cykelskurgrunde", "ADV")));
        assertTrue(ContentLemmas.isContent(token("cykelskurgrunde", "NOUN")));
    }

    @Test
    void aRealAdverbIsNot() {
        assertFalse(ContentLemmas.isContent(token("desuden", "ADV")));
        assertFalse(ContentLemmas.isContent(token("hidtil", "ADV")));
        assertFalse(ContentLemmas.isContent(token("fremadrettet", "ADV")), "unknown, but a verb by its parts");
    }
}
