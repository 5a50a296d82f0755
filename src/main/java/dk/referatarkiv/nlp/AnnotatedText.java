package dk.referatarkiv.nlp;

import java.util.List;

/**
 * A text with its sentences, tokens, POS tags and lemmas, computed once and reused by the index, the entity layer and
 * question answering. Offsets refer to {@link #text()}. Immutable.
 */
public record AnnotatedText(String text, List<AnnotatedSentence> sentences) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }

    public List<Token> tokens() {
        return sentences.stream().flatMap(s -> s.tokens().stream()).toList();
    }
}
