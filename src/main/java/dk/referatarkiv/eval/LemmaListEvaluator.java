package dk.referatarkiv.eval;

import dk.referatarkiv.nlp.DanishLemmatizer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Scores the lemmatiser on a TSV list of {@code word, lemma, upos} (header line optional). */
public final class LemmaListEvaluator {

    /** One word's outcome. */
    public record Result(String word, String upos, String expected, String actual) {
        public boolean correct() {
            return expected.equals(actual);
        }
    }

    private final DanishLemmatizer lemmatizer;

    public LemmaListEvaluator(DanishLemmatizer lemmatizer) {
        this.lemmatizer = lemmatizer;
    }

    public List<Result> evaluate(Path tsv) throws IOException {
        List<Result> results = new ArrayList<>();
        for (GoldTsv.Row row : GoldTsv.read(tsv, "word", 3, "word<TAB>lemma<TAB>upos")) {
            String[] cols = row.columns();
            String actual = lemmatizer.lemmatize(new String[]{cols[0]}, new String[]{cols[2]})[0];
            results.add(new Result(cols[0], cols[2], cols[1], actual));
        }
        return results;
    }

    public static double accuracy(List<Result> results) {
        return results.isEmpty() ? 0 : results.stream().filter(Result::correct).count() / (double) results.size();
    }
}
