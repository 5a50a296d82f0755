package dk.referatarkiv.cli;

import dk.referatarkiv.eval.RankerTraining;
import dk.referatarkiv.internal.DirectoryTrees;
import dk.referatarkiv.qa.AnswerRanker;
import dk.referatarkiv.qa.CandidateFeatures;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code train-qa}: fits the answer ranker ({@code models/qa-ranker.tsv}) and its refusal threshold on real-world
 * questions over their archive, prints the in-sample and the cross-validated figures (folds grouped by municipality),
 * and writes the model fitted on all questions.
 */
public final class QaTrainCommand implements Command {

    private static final Args.Option QUESTIONS = Args.Option.value("questions",
            "../shared/realworld/questions.tsv,src/test/resources/eval/none-questions.tsv",
            "real-world question files, comma-separated (the first one's folder holds MANIFEST.tsv)");
    private static final Args.Option CORPUS = Args.Option.value("corpus", "../shared/realworld/corpus",
            "directory of the minutes the questions are about");

    @Override
    public String name() {
        return "train-qa";
    }

    @Override
    public String summary() {
        return "fit the answer ranker and threshold on real-world questions, print in-sample and cross-validated scores";
    }

    @Override
    public List<Args.Option> options() {
        return List.of(QUESTIONS, CORPUS, CommonOptions.MODELS, EvalCommand.MANIFEST);
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        List<Path> files = List.of(args.get(QUESTIONS.name()).split(",")).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).map(Path::of).toList();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new Args.UsageException("--questions: no such file " + f.toAbsolutePath());
            }
        }
        if (files.isEmpty()) {
            throw new Args.UsageException("--questions: give at least one question file");
        }
        Path corpus = args.path(CORPUS.name());
        if (!Files.isDirectory(corpus)) {
            throw new Args.UsageException("--corpus: no such directory " + corpus.toAbsolutePath());
        }
        RankerFitting.Questions questions = RankerFitting.read(files,
                RankerFitting.manifest(args.get(EvalCommand.MANIFEST.name()), files));
        Path models = args.path(CommonOptions.MODELS.name());
        Path index = Files.createTempDirectory("referatarkiv-train-qa");
        try (OpenArchive archive = OpenArchive.open(new OpenArchive.Locations(corpus, index, models), false, System.err)) {
            RankerFitting.Fitted fitted = RankerFitting.fit(questions, archive.answerer(), out);
            AnswerRanker ranker = fitted.ranker();
            Path file = models.resolve(AnswerRanker.FILE);
            ranker.write(file, List.of(
                    "Answer ranker: logistic regression over CandidateFeatures, written by",
                    "  java -jar target/referatarkiv.jar train-qa --questions " + args.get(QUESTIONS.name()),
                    String.format(Locale.ROOT, "Trained on %d questions (%d candidate sentences, %d positive), L2 %.1f;",
                            questions.cases().size(), fitted.rows().size(), fitted.rows().positives(), RankerTraining.LAMBDA),
                    "gate: logistic regression over GateFeatures of each question's chosen sentence answer (right and cited or not);",
                    "threshold: the gate probability below which a sentence answer is refused, chosen on the same questions.",
                    String.format(Locale.ROOT, "In-sample answer+citation %.3f; cross-validated (leave one municipality out) %.3f.",
                            dk.referatarkiv.eval.QaEvaluator.answerAndCitation(fitted.inSample()),
                            dk.referatarkiv.eval.QaEvaluator.answerAndCitation(fitted.cv().heldOut()))));
            out.printf("%nwrote %s (%d features):%n", file, CandidateFeatures.NAMES.size());
            for (String name : CandidateFeatures.NAMES) {
                out.printf(Locale.ROOT, "  %-22s %8.3f%n", name, ranker.weight(name));
            }
            out.printf(Locale.ROOT, "  %-22s %8.3f%ngate:%n", "bias", ranker.bias());
            for (String name : dk.referatarkiv.qa.GateFeatures.NAMES) {
                out.printf(Locale.ROOT, "  %-22s %8.3f%n", name, ranker.gateWeight(name));
            }
            out.printf(Locale.ROOT, "  %-22s %8.3f%n  %-22s %8.3f%n", "gate bias", ranker.gateBias(), "threshold",
                    ranker.threshold());
            return Cli.OK;
        } finally {
            DirectoryTrees.delete(index);
        }
    }
}
