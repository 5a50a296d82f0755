package dk.referatarkiv.qa;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The fitted parameters of the question answerer: the candidate ranker and the probability below which the archive is
 * taken not to answer, both learned by {@code train-qa} and read from {@code models/qa-ranker.tsv}. Immutable.
 *
 * @param ranker    scores candidate answer sentences
 * @param threshold the ranker probability (0–1) below which a sentence answer is refused: lower answers more
 *                  questions, higher says "no answer" more often
 */
public record AnswerSettings(AnswerRanker ranker, double threshold) {

    public AnswerSettings {
        if (ranker == null) {
            throw new IllegalArgumentException("ranker must not be null");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], was " + threshold);
        }
    }

    /** The shipped settings: the ranker of {@code models/qa-ranker.tsv} with the threshold fitted with it. */
    public static AnswerSettings read(Path modelsDir) throws IOException {
        AnswerRanker ranker = AnswerRanker.read(modelsDir.resolve(AnswerRanker.FILE));
        return new AnswerSettings(ranker, ranker.threshold());
    }

    public AnswerSettings withThreshold(double value) {
        return new AnswerSettings(ranker, value);
    }

    public AnswerSettings withRanker(AnswerRanker other) {
        return new AnswerSettings(other, other.threshold());
    }
}
