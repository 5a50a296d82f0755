package dk.referatarkiv.cli;

import dk.referatarkiv.eval.GroupedCrossValidation;
import dk.referatarkiv.eval.QaEvaluator;
import dk.referatarkiv.internal.DirectoryTrees;
import dk.referatarkiv.qa.Answer;
import dk.referatarkiv.qa.QuestionAnswerer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code eval FILE.tsv [--corpus DIR] [--index DIR] [--cv] [--verbose]}: every question of a development or real-world
 * question set through the code path of /api/ask, over the archive of {@code --corpus}; accuracy by type and NONE
 * precision, and with {@code --verbose} a verdict per question. The index is built in a temporary directory unless
 * {@code --index} names one, so evaluating another corpus never replaces the index {@code serve} uses.
 *
 * <p>With {@code --cv} (real-world format, {@code MANIFEST.tsv} beside the question file) the answer threshold is
 * also fitted: every question is answered at each value of {@link #THRESHOLD_GRID} over the one opened archive, and
 * {@link GroupedCrossValidation} chooses the value per held-out municipality from the other municipalities' questions.
 */
public final class EvalCommand implements Command {

    private static final Args.Option INDEX = Args.Option.value("index", "",
            "directory of the Lucene index (default: a temporary directory, removed afterwards)");
    private static final Args.Option CV = Args.Option.flag("cv",
            "also fit the answer threshold and print its cross-validated score, leaving one municipality out at a time "
                    + "(real-world format; needs MANIFEST.tsv beside the question file)");
    /** The answer thresholds tried by {@code --cv}: 0.35 to 0.80 in steps of 0.05 (the default 0.55 among them). */
    static final List<Double> THRESHOLD_GRID = java.util.stream.IntStream.rangeClosed(7, 16).mapToObj(i -> i * 5 / 100.0)
            .toList();
    private static final Args.Option VERBOSE = Args.Option.flag("verbose",
            "print a verdict per question: expected and given answer, the first evidence");

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String summary() {
        return "answer a question set (TSV, development or real-world format) as /api/ask does and print accuracy by type";
    }

    @Override
    public String positionalUsage() {
        return "FILE.tsv";
    }

    @Override
    public List<Args.Option> options() {
        return List.of(CommonOptions.CORPUS, INDEX, CommonOptions.MODELS, CV, VERBOSE);
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        if (args.positionals().size() != 1) {
            throw new Args.UsageException("give one question file, e.g. eval ../shared/eval/dev-questions.tsv");
        }
        Path questions = Path.of(args.positionals().get(0));
        if (!Files.isRegularFile(questions)) {
            throw new Args.UsageException("no such question file " + questions.toAbsolutePath());
        }
        if (!Files.isDirectory(args.path(CommonOptions.CORPUS.name()))) {
            throw new Args.UsageException("--corpus: no such directory " + args.path(CommonOptions.CORPUS.name()).toAbsolutePath());
        }
        List<QaEvaluator.Case> cases = QaEvaluator.read(questions);
        List<String> municipalities = args.flag(CV.name()) ? municipalities(questions, cases) : null;
        boolean temporary = args.get(INDEX.name()).isBlank();
        Path index = temporary ? Files.createTempDirectory("referatarkiv-qa-eval") : args.path(INDEX.name());
        try (OpenArchive archive = OpenArchive.open(new OpenArchive.Locations(args.path(CommonOptions.CORPUS.name()),
                index, args.path(CommonOptions.MODELS.name())), false, System.err)) {
            List<QaEvaluator.Outcome> outcomes = QaEvaluator.evaluate(cases, archive.answerer()::ask);
            if (args.flag(VERBOSE.name())) {
                outcomes.forEach(o -> print(o, out));
            }
            out.printf("%d questions (%s format) over %d meetings, %d items of %s%n", cases.size(),
                    QaEvaluator.format(questions) == QaEvaluator.Format.REAL_WORLD ? "real-world" : "development",
                    archive.corpus().meetings().size(), archive.corpus().itemCount(),
                    args.path(CommonOptions.CORPUS.name()));
            out.print(QaEvaluator.table(outcomes));
            if (municipalities != null) {
                crossValidate(cases, municipalities, archive.answerer(), outcomes, out);
            }
            return Cli.OK;
        } finally {
            if (temporary) {
                deleteTree(index);
            }
        }
    }

    /** The municipality of each question's file, from MANIFEST.tsv beside the question file. */
    private static List<String> municipalities(Path questions, List<QaEvaluator.Case> cases)
            throws IOException, Args.UsageException {
        if (QaEvaluator.format(questions) != QaEvaluator.Format.REAL_WORLD) {
            throw new Args.UsageException("--cv needs a real-world question file (id, file, question, expected_answer, "
                    + "answer_type, evidence): the folds are grouped by the municipality of each question's file");
        }
        Path manifest = questions.toAbsolutePath().resolveSibling("MANIFEST.tsv");
        if (!Files.isRegularFile(manifest)) {
            throw new Args.UsageException("--cv: no " + manifest + " (file, municipality, ...) beside the question file, "
                    + "so the questions cannot be grouped by municipality; no cross-validated score");
        }
        Map<String, String> byFile = GroupedCrossValidation.municipalities(manifest);
        List<String> groups = new ArrayList<>();
        for (QaEvaluator.Case c : cases) {
            String municipality = byFile.get(c.file());
            if (municipality == null) {
                throw new Args.UsageException("--cv: question " + c.id() + " is about " + c.file() + ", which " + manifest
                        + " does not list");
            }
            groups.add(municipality);
        }
        return groups;
    }

    /**
     * Answers every question at each grid threshold, then prints the in-sample figures (default and best threshold) and
     * the leave-one-municipality-out figures with the threshold chosen per fold.
     */
    static void crossValidate(List<QaEvaluator.Case> cases, List<String> municipalities, QuestionAnswerer answerer,
                              List<QaEvaluator.Outcome> atDefault, PrintStream out) {
        List<List<QaEvaluator.Outcome>> table = new ArrayList<>();
        for (double threshold : THRESHOLD_GRID) {
            QuestionAnswerer at = answerer.withSettings(answerer.settings().withThreshold(threshold));
            table.add(QaEvaluator.evaluate(cases, at::askUncached));
        }
        double preferred = answerer.settings().threshold();
        GroupedCrossValidation.Table t = new GroupedCrossValidation.Table(THRESHOLD_GRID, municipalities, table);
        int best = GroupedCrossValidation.choose(t, i -> true, preferred);
        GroupedCrossValidation.Result cv = GroupedCrossValidation.leaveOneGroupOut(t, preferred);
        out.printf(Locale.ROOT, "%nanswer threshold, %d values %.2f-%.2f tried%n", THRESHOLD_GRID.size(),
                THRESHOLD_GRID.get(0), THRESHOLD_GRID.get(THRESHOLD_GRID.size() - 1));
        out.printf(Locale.ROOT, "in-sample, default threshold %.2f:  answer %.3f, answer+citation %.3f%n", preferred,
                QaEvaluator.answerAccuracy(atDefault), QaEvaluator.answerAndCitation(atDefault));
        out.printf(Locale.ROOT, "in-sample, best threshold %.2f:     answer %.3f, answer+citation %.3f%n",
                THRESHOLD_GRID.get(best), QaEvaluator.answerAccuracy(table.get(best)),
                QaEvaluator.answerAndCitation(table.get(best)));
        out.printf(Locale.ROOT, "cross-validated, folds grouped by municipality (leave one out, %d folds; threshold chosen "
                + "on the other municipalities): answer %.3f, answer+citation %.3f%n", cv.folds().size(),
                QaEvaluator.answerAccuracy(cv.heldOut()), QaEvaluator.answerAndCitation(cv.heldOut()));
        out.print(QaEvaluator.table(cv.heldOut()));
        out.println("threshold chosen per fold (held-out municipality):");
        out.print(GroupedCrossValidation.thresholds(cv.folds()));
    }

    private static void print(QaEvaluator.Outcome o, PrintStream out) {
        Answer a = o.answer();
        Answer.Evidence first = a.evidence().isEmpty() ? null : a.evidence().get(0);
        out.printf("%-6s %-28s %-8s -> %-9s %s%n", o.c().id(), o.verdict(), o.c().type(), a.answerType(),
                a.answer() == null ? "—" : clip(a.answer(), 90));
        out.printf("       q: %s%n", o.c().question());
        out.printf("       expected: %s%n", o.c().answers().isEmpty() ? "—" : String.join(" | ", o.c().answers()));
        if (first != null) {
            out.printf("       cited: %s#%d %s%n", first.meetingId(), first.item(), clip(first.text(), 110));
        }
    }

    private static String clip(String s, int n) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= n ? flat : flat.substring(0, n - 1) + "…";
    }

    private static void deleteTree(Path root) {
        try {
            DirectoryTrees.delete(root);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not remove the temporary index " + root + ": " + e.getMessage());
        }
    }
}
