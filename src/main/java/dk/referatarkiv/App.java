package dk.referatarkiv;

import dk.referatarkiv.cli.BenchCommand;
import dk.referatarkiv.cli.Cli;
import dk.referatarkiv.cli.EntitiesEvalCommand;
import dk.referatarkiv.cli.EvalCommand;
import dk.referatarkiv.cli.IndexCommand;
import dk.referatarkiv.cli.LemmasCommand;
import dk.referatarkiv.cli.NlpEvalCommand;
import dk.referatarkiv.cli.ParseEvalCommand;
import dk.referatarkiv.cli.SearchCommand;
import dk.referatarkiv.cli.SearchEvalCommand;
import dk.referatarkiv.cli.ServeCommand;
import dk.referatarkiv.cli.TrainCommand;

import java.util.List;

/** Entry point: wires the subcommands and runs the one named on the command line. */
public final class App {

    private App() {
    }

    public static void main(String[] args) {
        Cli cli = new Cli(List.of(new ServeCommand(), new IndexCommand(), new SearchCommand(), new BenchCommand(),
                new TrainCommand(), new NlpEvalCommand(), new LemmasCommand(),
                new SearchEvalCommand(), new EntitiesEvalCommand(), new EvalCommand(), new ParseEvalCommand()),
                System.out, System.err);
        int code = cli.run(args);
        // serve returns with the server still running on its own threads; every other command is done.
        if (code != Cli.OK || args.length == 0 || !args[0].equals("serve")) {
            System.exit(code);
        }
    }
}
