package dk.referatarkiv.cli;

import dk.referatarkiv.search.SearchHit;
import dk.referatarkiv.search.SearchRequest;
import dk.referatarkiv.search.SearchResult;

import java.io.PrintStream;
import java.util.List;

/** {@code search "query"}: print the top hits as a table. */
public final class SearchCommand implements Command {

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String summary() {
        return "search the archive and print the top hits as a table";
    }

    @Override
    public String positionalUsage() {
        return "\"query\"";
    }

    @Override
    public List<Args.Option> options() {
        return List.of(Args.Option.value("size", "10", "number of hits (1-" + SearchRequest.MAX_SIZE + ")"),
                CommonOptions.CORPUS, CommonOptions.INDEX, CommonOptions.MODELS);
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        if (args.positionals().isEmpty()) {
            throw new Args.UsageException("give the query, e.g. search \"budget 2025\"");
        }
        String query = String.join(" ", args.positionals());
        if (query.strip().length() > SearchRequest.MAX_TEXT_LENGTH) {
            throw new Args.UsageException("the query is longer than " + SearchRequest.MAX_TEXT_LENGTH + " characters");
        }
        int size = args.integer("size", 1, SearchRequest.MAX_SIZE);
        try (OpenArchive archive = OpenArchive.open(CommonOptions.locations(args), false, System.err)) {
            SearchResult result = archive.searcher().search(SearchRequest.of(query, size));
            out.printf("%d hits in %d ms%n", result.total(), result.tookMs());
            out.printf("%-4s %-7s %-10s %-22s %-5s %-20s %s%n", "#", "score", "date", "meeting", "item", "journal", "title");
            int rank = 1;
            for (SearchHit hit : result.hits()) {
                out.printf("%-4d %-7.3f %-10s %-22s %-5d %-20s %s%n", rank++, hit.score(), hit.meetingDate(),
                        hit.meetingId(), hit.item(), hit.journalNumber() == null ? "" : hit.journalNumber(), hit.title());
            }
            return Cli.OK;
        }
    }
}
