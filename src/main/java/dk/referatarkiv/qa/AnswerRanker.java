package dk.referatarkiv.qa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fitted linear model over the features of a candidate answer sentence ({@link CandidateFeatures}): the probability
 * (logistic) that the candidate gives the right answer and cites it; a second logistic model, the gate, over the
 * chosen answer ({@link GateFeatures}): the probability that the answer is right; and the gate probability below
 * which the answerer says the archive does not answer. Trained by {@code train-qa} ({@link LogisticRegression}) and stored as a small TSV in
 * {@code models/qa-ranker.tsv}: one {@code feature<TAB>weight} line per feature, plus {@code bias} and
 * {@code threshold} lines, and the refusal gate's {@code gate_bias} and {@code gate.<feature>} lines
 * ({@link GateFeatures}); lines starting with {@code #} say how it was made. Immutable and thread-safe.
 */
public final class AnswerRanker {

    public static final String FILE = "qa-ranker.tsv";
    private static final String BIAS = "bias";
    private static final String THRESHOLD = "threshold";

    private static final String GATE = "gate.";
    private static final String GATE_BIAS = "gate_bias";

    private final double[] weights;
    private final double bias;
    /** Weights of the refusal gate over {@link GateFeatures#NAMES}, or null: then the gate is the ranker's probability. */
    private final double[] gateWeights;
    private final double gateBias;
    private final double threshold;

    /**
     * @param weights   one weight per {@link CandidateFeatures#NAMES} entry, in that order
     * @param threshold the probability (0–1) below which there is no answer
     */
    public AnswerRanker(double[] weights, double bias, double threshold) {
        this(weights, bias, null, 0, threshold);
    }

    /**
     * @param gateWeights one weight per {@link GateFeatures#NAMES} entry, or null for no gate model (the answer's
     *                    ranker probability is compared with the threshold)
     */
    public AnswerRanker(double[] weights, double bias, double[] gateWeights, double gateBias, double threshold) {
        if (weights.length != CandidateFeatures.NAMES.size()) {
            throw new IllegalArgumentException("weights must hold " + CandidateFeatures.NAMES.size() + " values, has "
                    + weights.length);
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], was " + threshold);
        }
        if (gateWeights != null && gateWeights.length != GateFeatures.NAMES.size()) {
            throw new IllegalArgumentException("gate weights must hold " + GateFeatures.NAMES.size() + " values, has "
                    + gateWeights.length);
        }
        this.weights = weights.clone();
        this.bias = bias;
        this.gateWeights = gateWeights == null ? null : gateWeights.clone();
        this.gateBias = gateBias;
        this.threshold = threshold;
    }

    /** The model of {@code file}; a feature the file lacks weighs 0, a feature it has that the code lacks is an error. */
    public static AnswerRanker read(Path file) throws IOException {
        Map<String, Double> values = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length != 2) {
                throw new IOException(file + ":" + (n + 1) + ": expected 'name<TAB>value'");
            }
            try {
                values.put(c[0].strip(), Double.parseDouble(c[1].strip()));
            } catch (NumberFormatException e) {
                throw new IOException(file + ":" + (n + 1) + ": not a number: " + c[1], e);
            }
        }
        double[] w = new double[CandidateFeatures.NAMES.size()];
        for (String name : values.keySet()) {
            if (!name.equals(BIAS) && !name.equals(THRESHOLD) && !name.equals(GATE_BIAS) && !CandidateFeatures.NAMES.contains(name)
                    && !(name.startsWith(GATE) && GateFeatures.NAMES.contains(name.substring(GATE.length())))) {
                throw new IOException(file + ": unknown feature '" + name + "' (retrain with train-qa)");
            }
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = values.getOrDefault(CandidateFeatures.NAMES.get(i), 0.0);
        }
        if (!values.containsKey(THRESHOLD)) {
            throw new IOException(file + ": no threshold line");
        }
        double[] g = null;
        if (values.containsKey(GATE_BIAS)) {
            g = new double[GateFeatures.NAMES.size()];
            for (int i = 0; i < g.length; i++) {
                g[i] = values.getOrDefault(GATE + GateFeatures.NAMES.get(i), 0.0);
            }
        }
        return new AnswerRanker(w, values.getOrDefault(BIAS, 0.0), g, values.getOrDefault(GATE_BIAS, 0.0),
                values.get(THRESHOLD));
    }

    /** Writes the model with {@code comments} (each line prefixed with '#') on top. */
    public void write(Path file, List<String> comments) throws IOException {
        List<String> lines = new ArrayList<>();
        comments.forEach(c -> lines.add("# " + c));
        lines.add(String.format(Locale.ROOT, "%s\t%.6f", THRESHOLD, threshold));
        lines.add(String.format(Locale.ROOT, "%s\t%.6f", BIAS, bias));
        for (int i = 0; i < weights.length; i++) {
            lines.add(String.format(Locale.ROOT, "%s\t%.6f", CandidateFeatures.NAMES.get(i), weights[i]));
        }
        if (gateWeights != null) {
            lines.add(String.format(Locale.ROOT, "%s\t%.6f", GATE_BIAS, gateBias));
            for (int i = 0; i < gateWeights.length; i++) {
                lines.add(String.format(Locale.ROOT, "%s%s\t%.6f", GATE, GateFeatures.NAMES.get(i), gateWeights[i]));
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The probability that the candidate with these features answers right and cites it. */
    public double probability(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The probability that a chosen sentence answer is right and cited, from its {@link GateFeatures}: what the
     * threshold is compared with. Without a gate model, the ranker's probability of the chosen candidate.
     */
    public double gate(double[] gateFeatures) {
        if (gateWeights == null) {
            return gateFeatures[0];
        }
        double z = gateBias;
        for (int i = 0; i < gateWeights.length; i++) {
            z += gateWeights[i] * gateFeatures[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** This ranker with a gate model. */
    public AnswerRanker withGate(double[] weights, double bias) {
        return new AnswerRanker(this.weights, this.bias, weights, bias, threshold);
    }

    public double gateWeight(String feature) {
        return gateWeights == null ? 0 : gateWeights[GateFeatures.NAMES.indexOf(feature)];
    }

    public double gateBias() {
        return gateBias;
    }

    public double threshold() {
        return threshold;
    }

    public AnswerRanker withThreshold(double value) {
        return new AnswerRanker(weights, bias, gateWeights, gateBias, value);
    }

    public double weight(String feature) {
        return weights[CandidateFeatures.NAMES.indexOf(feature)];
    }

    public double bias() {
        return bias;
    }
}
