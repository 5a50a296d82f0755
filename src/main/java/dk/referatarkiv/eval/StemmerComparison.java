package dk.referatarkiv.eval;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the Snowball stemmer conflates, next to the lemmatiser, on a lemma list: whether each word meets its lemma
 * (recall), and which different lemmas the stemmer merges into one stem (over-conflation).
 */
public final class StemmerComparison {

    private final Analyzer snowball = new DanishAnalyzer(org.apache.lucene.analysis.CharArraySet.EMPTY_SET);

    /** The comparison for one list. */
    public record Report(int words, int stemmerMeetsLemma, int lemmatiserMeetsLemma, Map<String, Set<String>> overConflated) {
    }

    public Report compare(List<LemmaListEvaluator.Result> results) {
        int stemmerOk = 0;
        Map<String, Set<String>> lemmasByStem = new TreeMap<>();
        for (LemmaListEvaluator.Result r : results) {
            String wordStem = stem(r.word());
            stemmerOk += wordStem.equals(stem(r.expected())) ? 1 : 0;
            lemmasByStem.computeIfAbsent(wordStem, k -> new TreeSet<>()).add(r.expected());
            lemmasByStem.computeIfAbsent(stem(r.expected()), k -> new TreeSet<>()).add(r.expected());
        }
        lemmasByStem.values().removeIf(lemmas -> lemmas.size() < 2);
        int lemmaOk = (int) results.stream().filter(LemmaListEvaluator.Result::correct).count();
        return new Report(results.size(), stemmerOk, lemmaOk, lemmasByStem);
    }

    public String stem(String word) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = snowball.tokenStream("f", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join(" ", terms);
    }
}
