package com.bridgecoach.cli;

import com.bridgecoach.content.ContentError;
import com.bridgecoach.content.ContentException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code bridge-coach} command line: one-shot commands, the terminal coach, and the servers. */
public final class CommandLineInterface {
    private final Dependencies deps;
    private final InputStream stdin;

    public CommandLineInterface(Dependencies deps) {
        this(deps, System.in);
    }

    /** For tests: commands that read standard input read {@code stdin} instead. */
    CommandLineInterface(Dependencies deps, InputStream stdin) {
        this.deps = deps;
        this.stdin = stdin;
    }

    /**
     * Whether the command these arguments name will need the coaching content, so that it can be loaded while
     * the command line is parsed: all do but help, version and validate (which reads the content its own way).
     */
    public static boolean needsContent(String... args) {
        return args.length == 0 || !(args[0].startsWith("-") || args[0].equals("validate"));
    }

    public int run(String... args) {
        return commandLine().execute(args);
    }

    CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Root(deps, stdin));
        cli.addSubcommand(new CommandLine(new Serve(deps)));
        cli.addSubcommand(new CommandLine(new Socket(deps)));
        cli.addSubcommand(new CommandLine(new ChatCommand(deps::coach, stdin)));
        cli.addSubcommand(new CommandLine(new ClassifyCommand(deps::classifier, stdin)));
        cli.addSubcommand(new CommandLine(new TranslateCommand(deps::translator, stdin)));
        cli.addSubcommand(new CommandLine(new CheckCommand(deps::draftChecker, stdin)));
        cli.addSubcommand(new CommandLine(new ValidateCommand(deps::contentSource)));
        cli.addSubcommand(new CommandLine(new PracticeCommand(deps::practice, () -> deps.content().messages().headings(), stdin)));
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine where = ex.getCommandLine();
            where.getErr().println(where.getCommandName() + ": " + ex.getMessage()
                    + " (try '" + where.getCommandSpec().qualifiedName() + " --help')");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, where, parsed) -> {
            if (ex instanceof ContentException content) {
                where.getErr().println("The coaching content has problems; fix them and start again:");
                for (ContentError error : content.errors()) {
                    where.getErr().println("  " + error);
                }
                return 1;
            }
            where.getErr().println(where.getCommandName() + ": " + ex.getMessage());
            return 1;
        });
        return cli;
    }

    @Command(name = "bridge-coach", mixinStandardHelpOptions = true, version = "Bridge Coach 0.1.0",
            description = "Coaches health-IT sales reps through the gap between the CMO and the CIO.%n"
                    + "With SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET set, runs the Slack app; otherwise the terminal coach.")
    static final class Root implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        private final Dependencies deps;
        private final InputStream stdin;

        Root(Dependencies deps, InputStream stdin) {
            this.deps = deps;
            this.stdin = stdin;
        }

        @Override
        public Integer call() throws Exception {
            return deps.hasSlackCredentials() ? deps.serve() : new ChatCommand(deps::coach, stdin).callWith(spec);
        }
    }

    @Command(name = "serve", description = "HTTP mode: hosts the Slack app at POST /slack/events on PORT (default 3000).")
    static final class Serve implements Callable<Integer> {
        private final Dependencies deps;

        Serve(Dependencies deps) {
            this.deps = deps;
        }

        @Override
        public Integer call() {
            return deps.serve();
        }
    }

    @Command(name = "socket", description = "Socket Mode: connects out to Slack with SLACK_APP_TOKEN; no inbound port.")
    static final class Socket implements Callable<Integer> {
        private final Dependencies deps;

        Socket(Dependencies deps) {
            this.deps = deps;
        }

        @Override
        public Integer call() {
            return deps.socket();
        }
    }
}
