package dk.referatarkiv.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code index}: parse every minutes file and rebuild the index. */
public final class IndexCommand implements Command {

    @Override
    public String name() {
        return "index";
    }

    @Override
    public String summary() {
        return "parse every minutes file under --corpus and rebuild the index";
    }

    @Override
    public List<Args.Option> options() {
        return List.of(CommonOptions.CORPUS, CommonOptions.INDEX, CommonOptions.MODELS, CommonOptions.REBUILD);
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        if (!args.positionals().isEmpty()) {
            throw new Args.UsageException("unexpected argument '" + args.positionals().get(0) + "'");
        }
        try (OpenArchive archive = OpenArchive.open(CommonOptions.locations(args), true, args.flag("rebuild"), out)) {
            return archive.corpus().meetings().isEmpty() ? Cli.FAILURE : Cli.OK;
        }
    }
}
