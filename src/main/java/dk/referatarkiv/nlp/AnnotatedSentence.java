package dk.referatarkiv.nlp;

import java.util.List;

/** A sentence of annotated text: its character span and its tokens. */
public record AnnotatedSentence(int start, int end, List<Token> tokens) {
    public AnnotatedSentence {
        tokens = List.copyOf(tokens);
    }

    /** The sentence text, cut from the text it was annotated in. */
    public String text(String source) {
        return source.substring(start, end);
    }
}
