package dk.referatarkiv.cli;

import dk.referatarkiv.eval.QaEvaluator;
import dk.referatarkiv.internal.DirectoryTrees;
import dk.referatarkiv.qa.Answer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code eval FILE.tsv [FILE.tsv ...] [--corpus DIR] [--index DIR] [--cv] [--verbose]}: every question of one or more
 * development or real-world question sets through the code path of /api/ask, over the archive of {@code --corpus};
 * accuracy by type and NONE precision and recall, and with {@code --verbose} a verdict per question. The index is built
 * in a temporary directory unless {@code --index} names one, so evaluating another corpus never replaces the index
 * {@code serve} uses.
 *
 * <p>With {@code --cv} (real-world format, {@code MANIFEST.tsv} beside the first question file) the answer ranker and
 * its threshold are also fitted ({@link RankerFitting}): in-sample on all questions, and per held-out municipality
 * on the other municipalities' questions ({@link dk.referatarkiv.eval.GroupedCrossValidation}).
 */
public final class EvalCommand implements Command {

    private static final Args.Option INDEX = Args.Option.value("index", "",
            "directory of the Lucene index (default: a temporary directory, removed afterwards)");
    private static final Args.Option CV = Args.Option.flag("cv",
            "also fit the answer ranker and threshold and print their cross-validated score, leaving one municipality "
                    + "out at a time (real-world format; needs MANIFEST.tsv beside the first question file, or --manifest)");
    static final Args.Option MANIFEST = Args.Option.value("manifest", "",
            "MANIFEST.tsv (file, municipality, ...) for --cv (default: beside the first question file)");
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
        return "FILE.tsv [FILE.tsv ...]";
    }

    @Override
    public List<Args.Option> options() {
        return List.of(CommonOptions.CORPUS, INDEX, CommonOptions.MODELS, CV, MANIFEST, VERBOSE);
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        if (args.positionals().isEmpty()) {
            throw new Args.UsageException("give a question file, e.g. eval ../shared/eval/dev-questions.tsv");
        }
        List<Path> files = args.positionals().stream().map(Path::of).toList();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new Args.UsageException("no such question file " + f.toAbsolutePath());
            }
        }
        Path questions = files.get(0);
        if (!Files.isDirectory(args.path(CommonOptions.CORPUS.name()))) {
            throw new Args.UsageException("--corpus: no such directory " + args.path(CommonOptions.CORPUS.name()).toAbsolutePath());
        }
        List<QaEvaluator.Case> cases = new ArrayList<>();
        for (Path f : files) {
            if (QaEvaluator.format(f) != QaEvaluator.format(questions)) {
                throw new Args.UsageException(f + " is not in the format of " + questions);
            }
            cases.addAll(QaEvaluator.read(f));
        }
        RankerFitting.Questions grouped = null;
        if (args.flag(CV.name())) {
            if (QaEvaluator.format(questions) != QaEvaluator.Format.REAL_WORLD) {
                throw new Args.UsageException("--cv needs a real-world question file (id, file, question, expected_answer, "
                        + "answer_type, evidence): the folds are grouped by the municipality of each question's file");
            }
            Path manifest = RankerFitting.manifest(args.get(MANIFEST.name()), files);
            if (!Files.isRegularFile(manifest)) {
                throw new Args.UsageException("--cv: no " + manifest + " (file, municipality, ...) beside the question "
                        + "file, so the questions cannot be grouped by municipality; no cross-validated score");
            }
            grouped = RankerFitting.read(files, manifest);
        }
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
            if (grouped != null) {
                out.printf(Locale.ROOT, "(shipped ranker, threshold %.2f)%n", archive.answerer().settings().threshold());
                RankerFitting.fit(grouped, archive.answerer(), out);
            }
            return Cli.OK;
        } finally {
            if (temporary) {
                deleteTree(index);
            }
        }
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
