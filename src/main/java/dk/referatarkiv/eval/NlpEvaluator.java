package dk.referatarkiv.eval;

import dk.referatarkiv.nlp.AnnotatedSentence;
import dk.referatarkiv.nlp.AnnotatedText;
import dk.referatarkiv.nlp.Conllu;
import dk.referatarkiv.nlp.DanishPipeline;
import dk.referatarkiv.nlp.Token;
import opennlp.tools.formats.conllu.ConlluSentence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the pipeline against CoNLL-U gold data, in two settings: raw text (the gold sentences joined by single
 * spaces, as there are no paragraph marks, then sentence split, tokenised, tagged and lemmatised) and gold tokens
 * (each gold sentence's tokens tagged and lemmatised).
 */
public final class NlpEvaluator {

    private final DanishPipeline pipeline;

    public NlpEvaluator(DanishPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public NlpScores evaluate(List<ConlluSentence> gold) {
        StringBuilder text = new StringBuilder();
        Set<Long> goldSentences = new HashSet<>();
        Map<Long, String[]> goldTokens = new HashMap<>();
        int tokenCount = 0;
        int uposOk = 0;
        int lemmaOk = 0;
        for (ConlluSentence sentence : gold) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int sentenceStart = text.length();
            String[] forms = Conllu.forms(sentence);
            String[] upos = Conllu.upos(sentence);
            String[] lemmas = Conllu.lemmas(sentence);
            String sentenceText = sentence.getTextComment() != null ? sentence.getTextComment() : String.join(" ", forms);
            text.append(sentenceText);
            goldSentences.add(span(sentenceStart, text.length()));
            int at = 0;
            for (int i = 0; i < forms.length; i++) {
                int found = sentenceText.indexOf(forms[i], at);
                if (found < 0) {
                    continue;
                }
                goldTokens.put(span(sentenceStart + found, sentenceStart + found + forms[i].length()),
                        new String[]{upos[i], lemmas[i]});
                at = found + forms[i].length();
            }
            String[][] predicted = pipeline.tagAndLemmatize(forms);
            for (int i = 0; i < forms.length; i++) {
                uposOk += predicted[0][i].equals(upos[i]) ? 1 : 0;
                lemmaOk += predicted[1][i].equals(lemmas[i]) ? 1 : 0;
            }
            tokenCount += forms.length;
        }
        AnnotatedText annotated = pipeline.annotate(text.toString());
        int sentenceHits = 0;
        for (AnnotatedSentence s : annotated.sentences()) {
            sentenceHits += goldSentences.contains(span(s.start(), s.end())) ? 1 : 0;
        }
        List<Token> tokens = annotated.tokens();
        int tokenHits = 0;
        int uposHits = 0;
        int lemmaHits = 0;
        for (Token t : tokens) {
            String[] g = goldTokens.get(span(t.start(), t.end()));
            if (g != null) {
                tokenHits++;
                uposHits += g[0].equals(t.upos()) ? 1 : 0;
                lemmaHits += g[1].equals(t.lemma()) ? 1 : 0;
            }
        }
        return new NlpScores(gold.size(), tokenCount,
                f1(sentenceHits, annotated.sentences().size(), goldSentences.size()),
                f1(tokenHits, tokens.size(), goldTokens.size()),
                f1(uposHits, tokens.size(), goldTokens.size()),
                f1(lemmaHits, tokens.size(), goldTokens.size()),
                uposOk / (double) tokenCount, lemmaOk / (double) tokenCount);
    }

    static double f1(int hits, int predicted, int gold) {
        return Fscore.f1(Fscore.precision(hits, predicted), Fscore.recall(hits, gold));
    }

    private static long span(int start, int end) {
        return ((long) start << 32) | end;
    }
}
