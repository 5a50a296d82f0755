package dk.referatarkiv.nlp;

import dk.referatarkiv.internal.DanishLexicon;
import dk.referatarkiv.eval.LemmaListEvaluator;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DanishLemmatizerTest {

    private static final NlpModels MODELS = NlpModels.load(TestData.MODELS);
    private final DanishLemmatizer lemmatizer = new DanishLemmatizer(MODELS.lemmaLexicon(), DanishLexicon.get(), MODELS.lemmas());

    /** The domain lemma list (../shared/eval/lemma-dev.tsv): every word right. */
    @Test
    void domainLemmas() throws IOException {
        List<LemmaListEvaluator.Result> results = new LemmaListEvaluator(lemmatizer).evaluate(TestData.sharedEval("lemma-dev.tsv"));
        assertEquals(36, results.size());
        assertEquals(List.of(), results.stream().filter(r -> !r.correct()).toList());
    }

    @Test
    void compoundsTakeTheLemmaOfTheirTail() {
        assertEquals("budgetkatalog", lemma("budgetkataloget", "NOUN"));
        assertEquals("netværksberetning", lemma("netværksberetningerne", "NOUN"));
        assertEquals("vandløbsplan", lemma("vandløbsplanerne", "NOUN"));
        assertEquals("overtage", lemma("overtager", "VERB"));
    }

    @Test
    void properNounsKeepTheirCase() {
        assertEquals("Albertslund", lemma("Albertslund", "PROPN"));
        assertEquals("2025", lemma("2025", "NUM"));
    }

    @Test
    void decompounding() {
        assertEquals(Optional.of(List.of("forebyggelse", "pakke")), DanishLexicon.get().decompound("forebyggelsespakke"));
        assertEquals(Optional.empty(), DanishLexicon.get().decompound("analyse"));
    }

    private String lemma(String word, String upos) {
        return lemmatizer.lemmatize(new String[]{word}, new String[]{upos})[0];
    }
}
