package dk.referatarkiv.eval;

/**
 * Scores of the NLP pipeline on a gold treebank. Raw-text scores are F1 over character spans (CoNLL 2018 style: a
 * token's tag or lemma counts when the token's span is right too); gold-token scores are accuracies given the gold
 * tokenisation.
 */
public record NlpScores(int sentences, int tokens, double sentenceF1, double tokenF1, double uposRaw, double lemmaRaw,
                        double uposGold, double lemmaGold) {

    public String table() {
        return String.format("""
                gold: %d sentences, %d tokens
                setting      measure    score
                raw text     sentences  %.2f
                raw text     tokens     %.2f
                raw text     UPOS       %.2f
                raw text     lemmas     %.2f
                gold tokens  UPOS       %.2f
                gold tokens  lemmas     %.2f
                """, sentences, tokens, 100 * sentenceF1, 100 * tokenF1, 100 * uposRaw, 100 * lemmaRaw,
                100 * uposGold, 100 * lemmaGold);
    }
}
