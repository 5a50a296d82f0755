package dk.referatarkiv.nlp;

/**
 * One token of annotated text.
 *
 * @param text  the token as written
 * @param start offset of its first character in the annotated text
 * @param end   offset after its last character
 * @param upos  the universal POS tag
 * @param lemma the lemma (lower case, except for proper nouns)
 */
public record Token(String text, int start, int end, String upos, String lemma) {
}
