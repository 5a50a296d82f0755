package dk.referatarkiv.qa;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ranker's file format and the logistic regression that fits it, on tiny made-up data. */
class AnswerRankerTest {

    @TempDir
    Path tmp;

    @Test
    void writesAndReadsTheSameModel() throws IOException {
        double[] w = new double[CandidateFeatures.NAMES.size()];
        w[0] = 4.5;
        w[3] = -1.25;
        AnswerRanker ranker = new AnswerRanker(w, -2, 0.3);
        Path file = tmp.resolve(AnswerRanker.FILE);
        ranker.write(file, List.of("made by a test"));
        AnswerRanker read = AnswerRanker.read(file);
        assertEquals(0.3, read.threshold(), 1e-9);
        assertEquals(-2, read.bias(), 1e-9);
        double[] x = new double[w.length];
        x[0] = 0.8;
        x[3] = 1;
        assertEquals(ranker.probability(x), read.probability(x), 1e-9);
        assertEquals(1 / (1 + Math.exp(-(-2 + 4.5 * 0.8 - 1.25))), read.probability(x), 1e-9);
    }

    @Test
    void aFeatureTheCodeDoesNotKnowIsAnError() throws IOException {
        Path file = Files.writeString(tmp.resolve("bad.tsv"), "threshold\t0.5\nbias\t0\nno_such_feature\t1\n");
        IOException e = assertThrows(IOException.class, () -> AnswerRanker.read(file));
        assertTrue(e.getMessage().contains("no_such_feature"), e.getMessage());
    }

    @Test
    void everyShippedFeatureHasAName() {
        assertEquals(CandidateFeatures.NAMES.size(), CandidateFeatures.NAMES.stream().distinct().count());
    }

    @Test
    void logisticRegressionLearnsTheSignOfAFeature() {
        // y = (x0 > 0.5), x1 noise: the weight of x0 is large and positive, x1's small
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            double a = (i % 20) / 19.0;
            double b = ((i * 7) % 13) / 12.0;
            x.add(new double[]{a, b});
            y.add(a > 0.5 ^ i % 10 == 0); // one label in ten flipped, so the data are not separable
        }
        double[] w = LogisticRegression.fit(x, y, 1.0);
        assertEquals(3, w.length, "two weights and a bias");
        assertTrue(w[0] > 3, "x0 weight " + w[0]);
        assertTrue(Math.abs(w[1]) < 1, "x1 weight " + w[1]);
        assertTrue(w[2] < 0, "bias " + w[2]);
        assertEquals(w[0], LogisticRegression.fit(x, y, 1.0)[0], 0, "deterministic");
    }
}
