package dk.referatarkiv.cli;

import dk.referatarkiv.eval.LemmaListEvaluator;
import dk.referatarkiv.eval.StemmerComparison;
import dk.referatarkiv.nlp.DanishLemmatizer;
import dk.referatarkiv.internal.DanishLexicon;
import dk.referatarkiv.nlp.NlpModels;

import java.io.PrintStream;
import java.util.List;

/** {@code lemmas FILE.tsv}: per-word lemma results and the accuracy on a list of (word, lemma, upos). */
public final class LemmasCommand implements Command {

    @Override
    public String name() {
        return "lemmas";
    }

    @Override
    public String summary() {
        return "lemmatise a TSV list of word, lemma, upos and print the accuracy";
    }

    @Override
    public String positionalUsage() {
        return "FILE.tsv";
    }

    @Override
    public List<Args.Option> options() {
        return List.of(CommonOptions.MODELS);
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        if (args.positionals().size() != 1) {
            throw new Args.UsageException("give one TSV file, e.g. lemmas ../shared/eval/lemma-dev.tsv");
        }
        NlpModels models = NlpModels.load(args.path("models"));
        DanishLemmatizer lemmatizer = new DanishLemmatizer(models.lemmaLexicon(), DanishLexicon.get(), models.lemmas());
        List<LemmaListEvaluator.Result> results = new LemmaListEvaluator(lemmatizer)
                .evaluate(java.nio.file.Path.of(args.positionals().get(0)));
        StemmerComparison snowball = new StemmerComparison();
        out.printf("%-4s %-26s %-6s %-22s %-22s %s%n", "", "word", "upos", "expected", "lemma", "snowball stem (word / lemma)");
        for (LemmaListEvaluator.Result r : results) {
            out.printf("%-4s %-26s %-6s %-22s %-22s %s / %s%n", r.correct() ? "ok" : "MISS", r.word(), r.upos(),
                    r.expected(), r.actual(), snowball.stem(r.word()), snowball.stem(r.expected()));
        }
        StemmerComparison.Report report = snowball.compare(results);
        out.printf("word meets its lemma: lemmatiser %d/%d, snowball stemmer %d/%d%n", report.lemmatiserMeetsLemma(),
                report.words(), report.stemmerMeetsLemma(), report.words());
        out.println("different lemmas the stemmer merges: " + (report.overConflated().isEmpty() ? "none"
                : report.overConflated().toString()));
        out.printf("lemma accuracy: %.3f%n", LemmaListEvaluator.accuracy(results));
        return Cli.OK;
    }
}
