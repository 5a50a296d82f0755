package dk.referatarkiv.cli;

import dk.referatarkiv.eval.NerEvaluator;
import dk.referatarkiv.eval.NlpEvaluator;
import dk.referatarkiv.eval.NlpScores;
import dk.referatarkiv.nlp.Conllu;
import dk.referatarkiv.nlp.DanPlus;
import dk.referatarkiv.nlp.DanishLemmatizer;
import dk.referatarkiv.internal.DanishLexicon;
import dk.referatarkiv.nlp.DanishModelTrainer;
import dk.referatarkiv.nlp.DanishPipeline;
import dk.referatarkiv.nlp.LemmaLexicon;
import dk.referatarkiv.nlp.NlpModels;
import opennlp.tools.formats.conllu.ConlluSentence;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.postag.POSTaggerME;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code train}: trains the Danish models from UD Danish-DDT. Only the dev and test splits are available, so it
 * trains once on dev and scores on test (the honest figure, models kept in {@code --eval-models}), then trains on
 * dev + test and writes the models the project ships to {@code --models}.
 */
public final class TrainCommand implements Command {

    static final String DEV = "da_ddt-ud-dev.conllu";
    static final String TEST = "da_ddt-ud-test.conllu";

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "train the Danish sentence, token, POS and lemma models from UD Danish-DDT";
    }

    @Override
    public List<Args.Option> options() {
        return List.of(Args.Option.value("data", "../shared/nlp-data/ud-danish-ddt", "directory with the DDT CoNLL-U files"),
                Args.Option.value("danplus", "../shared/nlp-data/danplus/da_news_train.tsv",
                        "DaN+ news train (DDT train text with sentence ends): extra sentence-detector data, used when present"),
                CommonOptions.MODELS,
                Args.Option.value("eval-models", "target/models-dev", "where the dev-trained models for the honest score go"));
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        Path data = args.path("data");
        List<ConlluSentence> dev = Conllu.read(List.of(data.resolve(DEV)));
        List<ConlluSentence> test = Conllu.read(List.of(data.resolve(TEST)));
        out.printf("read %d dev and %d test sentences from %s%n", dev.size(), test.size(), data);
        List<SentenceSample> extraSentences = List.of();
        if (Files.isRegularFile(args.path("danplus"))) {
            extraSentences = DanPlus.sentenceSamples(DanPlus.read(args.path("danplus")), 5);
            out.printf("read %d DaN+ sentence samples from %s%n", extraSentences.size(), args.path("danplus"));
        }

        Path evalDir = args.path("eval-models");
        trainInto(dev, extraSentences, evalDir, "UD Danish-DDT dev", out);
        trainNameFinder(args.path("danplus").resolveSibling("da_news_test.tsv"), args, out);
        NlpModels honestModels = NlpModels.load(evalDir);
        NlpScores scores = new NlpEvaluator(new DanishPipeline(honestModels)).evaluate(test);
        out.println("models trained on dev, scored on test:");
        out.print(scores.table());
        compareLemmaSources(honestModels, test, out);

        List<ConlluSentence> all = new ArrayList<>(dev);
        all.addAll(test);
        trainInto(all, extraSentences, args.path("models"), "UD Danish-DDT dev + test", out);
        out.println("shipped models (dev + test) written to " + args.path("models"));
        return Cli.OK;
    }

    static void trainInto(List<ConlluSentence> sentences, List<SentenceSample> extraSentences, Path directory, String source,
                          PrintStream out) throws IOException {
        Files.createDirectories(directory);
        DanishModelTrainer trainer = new DanishModelTrainer();
        long start = System.nanoTime();
        trainer.trainSentenceDetector(sentences, extraSentences).serialize(directory.resolve(NlpModels.SENTENCE_FILE));
        trainer.trainTokenizer(sentences).serialize(directory.resolve(NlpModels.TOKEN_FILE));
        trainer.trainTagger(sentences).serialize(directory.resolve(NlpModels.POS_FILE));
        trainer.trainLemmatizer(sentences).serialize(directory.resolve(NlpModels.LEMMA_FILE));
        List<String[]> forms = new ArrayList<>();
        List<String[]> upos = new ArrayList<>();
        List<String[]> lemmas = new ArrayList<>();
        for (ConlluSentence s : sentences) {
            forms.add(Conllu.forms(s));
            upos.add(Conllu.upos(s));
            lemmas.add(Conllu.lemmas(s));
        }
        LemmaLexicon.build(forms, upos, lemmas).write(directory.resolve(NlpModels.LEMMA_LEXICON_FILE),
                "Lemma lexicon: most frequent lemma per (form, UPOS) in " + source + ".\n"
                        + "Derived from UD Danish-DDT, licence CC BY-SA 4.0.");
        out.printf("trained 4 models on %s (%d sentences) in %.1f s -> %s%n", source, sentences.size(),
                (System.nanoTime() - start) / 1e9, directory);
    }

    /**
     * The name finder learns from DaN+ news train only and is scored on DaN+ news test; it is written to both model
     * directories (it is the same model).
     */
    static void trainNameFinder(Path testFile, Args args, PrintStream out) throws IOException {
        Path trainFile = args.path("danplus");
        if (!Files.isRegularFile(trainFile) || !Files.isRegularFile(testFile)) {
            out.println("DaN+ not found next to " + trainFile + ": the name finder is not retrained");
            return;
        }
        long start = System.nanoTime();
        Files.createDirectories(args.path("models"));
        TokenNameFinderModel model = new DanishModelTrainer().trainNameFinder(DanPlus.nameSamples(DanPlus.read(trainFile)));
        model.serialize(args.path("models").resolve(NlpModels.NER_FILE));
        model.serialize(args.path("eval-models").resolve(NlpModels.NER_FILE));
        NameFinderME finder = new NameFinderME(model);
        List<NerEvaluator.Gold> gold = DanPlus.read(testFile).stream()
                .map(s -> new NerEvaluator.Gold(s.tokens(), DanPlus.spans(s.tags()))).toList();
        out.printf("name finder trained on DaN+ news train in %.1f s; DaN+ news test (gold tokens, exact match; the test"
                + " file read as one document, as OpenNLP's evaluator does):%n", (System.nanoTime() - start) / 1e9);
        out.print(NerEvaluator.table(NerEvaluator.evaluate(gold, finder::find)));
    }

    /** Lemma accuracy on gold tokens with predicted tags, for each combination of sources: the measured choice. */
    static void compareLemmaSources(NlpModels models, List<ConlluSentence> gold, PrintStream out) {
        POSTaggerME tagger = new POSTaggerME(models.pos());
        List<String[]> tags = new ArrayList<>();
        for (ConlluSentence s : gold) {
            tags.add(tagger.tag(Conllu.forms(s)));
        }
        out.println("lemma accuracy on gold tokens by source (predicted tags):");
        for (DanishLemmatizer.Sources sources : List.of(new DanishLemmatizer.Sources(false, false, false),
                new DanishLemmatizer.Sources(true, false, false), new DanishLemmatizer.Sources(false, true, false),
                new DanishLemmatizer.Sources(true, true, false), new DanishLemmatizer.Sources(true, true, true))) {
            out.printf("  %-52s %.2f%n", describe(sources), 100 * lemmaAccuracy(models.lemmas(), models, sources, gold, tags));
        }
    }

    private static double lemmaAccuracy(LemmatizerModel model, NlpModels models, DanishLemmatizer.Sources sources,
                                        List<ConlluSentence> gold, List<String[]> tags) {
        DanishLemmatizer lemmatizer = new DanishLemmatizer(models.lemmaLexicon(), DanishLexicon.get(), model, sources);
        int ok = 0;
        int n = 0;
        for (int s = 0; s < gold.size(); s++) {
            String[] forms = Conllu.forms(gold.get(s));
            String[] expected = Conllu.lemmas(gold.get(s));
            String[] predicted = lemmatizer.lemmatize(forms, tags.get(s));
            for (int i = 0; i < forms.length; i++) {
                ok += predicted[i].equals(expected[i]) ? 1 : 0;
                n++;
            }
        }
        return ok / (double) n;
    }

    private static String describe(DanishLemmatizer.Sources s) {
        List<String> parts = new ArrayList<>();
        if (s.lexicon()) {
            parts.add("treebank lexicon");
        }
        if (s.dictionary()) {
            parts.add(s.compounds() ? "dictionary + compounds + inflections" : "dictionary");
        }
        parts.add("LemmatizerME");
        return String.join(" → ", parts);
    }

}
