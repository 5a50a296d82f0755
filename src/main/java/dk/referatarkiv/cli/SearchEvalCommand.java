package dk.referatarkiv.cli;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.OrganisationGazetteer;
import dk.referatarkiv.eval.RetrievalEvaluator;
import dk.referatarkiv.index.ArchiveIndex;
import dk.referatarkiv.index.LemmaAnalysis;
import dk.referatarkiv.index.StemmerAnalysis;
import dk.referatarkiv.index.TextAnalysis;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.CorpusLoader;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.nlp.DanishPipeline;
import dk.referatarkiv.nlp.NlpModels;
import dk.referatarkiv.search.ArchiveSearcher;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code search-eval FILE.tsv}: MRR and nDCG@10 of the judged queries, with the Snowball-stemmer analysis (before)
 * and the lemma analysis (after), each on an index built for the purpose in a temporary directory.
 */
public final class SearchEvalCommand implements Command {

    @Override
    public String name() {
        return "search-eval";
    }

    @Override
    public String summary() {
        return "MRR and nDCG@10 of judged queries, Snowball stemmer vs lemma analysis";
    }

    @Override
    public String positionalUsage() {
        return "FILE.tsv";
    }

    @Override
    public List<Args.Option> options() {
        return List.of(CommonOptions.CORPUS, CommonOptions.MODELS,
                Args.Option.flag("verbose", "print each query's ranking"));
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        if (args.positionals().size() != 1) {
            throw new Args.UsageException("give one judgements file, e.g. search-eval ../shared/eval/dev-search.tsv");
        }
        List<RetrievalEvaluator.Judgement> judgements = RetrievalEvaluator.read(Path.of(args.positionals().get(0)));
        Corpus corpus = new CorpusLoader().load(args.path("corpus"));
        NlpModels models = NlpModels.load(args.path("models"));
        DanishPipeline pipeline = new DanishPipeline(models);
        AnnotatedCorpus annotated = AnnotatedCorpus.annotate(corpus, pipeline);
        CorpusEntities entities = CorpusEntities.extract(annotated, models,
                OrganisationGazetteer.read(args.path("models").resolve(OrganisationGazetteer.FILE)));
        Map<String, TextAnalysis> analyses = Map.of("snowball", new StemmerAnalysis(), "lemma", new LemmaAnalysis(pipeline));
        List<String[]> rows = new ArrayList<>();
        for (String name : List.of("snowball", "lemma")) {
            Path dir = Files.createTempDirectory("referatarkiv-eval");
            try (ArchiveIndex index = ArchiveIndex.open(dir, analyses.get(name))) {
                index.rebuild(annotated, entities);
                List<RetrievalEvaluator.QueryResult> results =
                        RetrievalEvaluator.evaluate(new ArchiveSearcher(index), judgements);
                if (args.flag("verbose")) {
                    for (RetrievalEvaluator.QueryResult r : results) {
                        out.printf("%-8s %-4s %-40s RR %.2f nDCG %.2f %s%n", name, r.judgement().id(), r.judgement().query(),
                                r.reciprocalRank(), r.ndcg(), r.ranked());
                    }
                }
                rows.add(new String[]{name, String.format("%.3f", RetrievalEvaluator.mean(results, RetrievalEvaluator.QueryResult::reciprocalRank)),
                        String.format("%.3f", RetrievalEvaluator.mean(results, RetrievalEvaluator.QueryResult::ndcg))});
            }
        }
        out.printf("%d queries, %d meetings, %d items%n", judgements.size(), corpus.meetings().size(), corpus.itemCount());
        out.printf("%-10s %-7s %s%n", "analysis", "MRR", "nDCG@10");
        for (String[] row : rows) {
            out.printf("%-10s %-7s %s%n", row[0], row[1], row[2]);
        }
        return Cli.OK;
    }
}
