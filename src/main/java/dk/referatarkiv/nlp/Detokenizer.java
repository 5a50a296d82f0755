package dk.referatarkiv.nlp;

import java.util.Set;

/**
 * Rebuilds running text from tokens for corpora that give tokens without spacing (DaN+): punctuation that closes
 * attaches to the word before, punctuation that opens to the word after. Good enough to teach a sentence detector where
 * sentences end; not used on user text.
 */
public final class Detokenizer {

    private static final Set<String> ATTACH_LEFT = Set.of(".", ",", ":", ";", "!", "?", ")", "]", "}", "%", "...", "'s");
    private static final Set<String> ATTACH_RIGHT = Set.of("(", "[", "{", "§");

    private Detokenizer() {
    }

    public static String join(String[] tokens) {
        return join(tokens, new int[tokens.length]);
    }

    /** Joins the tokens; {@code starts[i]} receives the offset of token i in the text. */
    public static String join(String[] tokens, int[] starts) {
        StringBuilder text = new StringBuilder();
        int index = 0;
        boolean quoteOpen = false;
        boolean glueNext = true;
        for (String token : tokens) {
            boolean quote = token.equals("\"");
            boolean left = ATTACH_LEFT.contains(token) || (quote && quoteOpen);
            if (!glueNext && !left && text.length() > 0) {
                text.append(' ');
            }
            starts[index++] = text.length();
            text.append(token);
            glueNext = ATTACH_RIGHT.contains(token) || (quote && !quoteOpen);
            if (quote) {
                quoteOpen = !quoteOpen;
            }
        }
        return text.toString();
    }
}
