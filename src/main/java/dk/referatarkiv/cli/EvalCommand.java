package dk.referatarkiv.cli;

import dk.referatarkiv.eval.QaEvaluator;
import dk.referatarkiv.qa.Answer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code eval FILE.tsv [--corpus DIR] [--index DIR] [--verbose]}: every question of a development or real-world
 * question set through the code path of /api/ask, over the archive of {@code --corpus}; accuracy by type and NONE
 * precision, and with {@code --verbose} a verdict per question. The index is built in a temporary directory unless
 * {@code --index} names one, so evaluating another corpus never replaces the index {@code serve} uses.
 */
public final class EvalCommand implements Command {

    private static final Args.Option INDEX = Args.Option.value("index", "",
            "directory of the Lucene index (default: a temporary directory, removed afterwards)");
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
        return List.of(CommonOptions.CORPUS, INDEX, CommonOptions.MODELS, VERBOSE);
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
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not remove the temporary index " + root + ": " + e.getMessage());
        }
    }
}
