package dk.referatarkiv.cli;

/** Options shared by several commands, with one default each. */
final class CommonOptions {

    private CommonOptions() {
    }

    static final Args.Option CORPUS = Args.Option.value("corpus", "corpus", "directory of minutes files");
    static final Args.Option INDEX = Args.Option.value("index", "data/index", "directory of the Lucene index");
    static final Args.Option MODELS = Args.Option.value("models", "models", "directory of the trained Danish models");
    static final Args.Option REBUILD = Args.Option.flag("rebuild", "replace an index that was built from another "
            + "corpus folder (without it, such an index is never overwritten)");
    static final Args.Option WEB = Args.Option.value("web", "web", "directory of the web front-end");

    /** Where the archive lives, from the --corpus, --index and --models options. */
    static OpenArchive.Locations locations(Args args) {
        return new OpenArchive.Locations(args.path(CORPUS.name()), args.path(INDEX.name()), args.path(MODELS.name()));
    }
}
