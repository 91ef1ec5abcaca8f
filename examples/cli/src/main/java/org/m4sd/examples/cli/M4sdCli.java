package org.m4sd.examples.cli;

import java.io.PrintWriter;
import org.m4sd.sdk.SdkVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code m4sd} command line: evaluate case files, report on the results framework, list the rule packs,
 * compare decisions under two dates or two rule-pack jars, and run a demo on a synthetic population.
 *
 * <p>Exit codes: {@value #OK} when every record was decided, {@value #INVALID_RECORDS} when some records were
 * invalid (each got an error line, the others were decided), {@value #USAGE} on a usage error (unknown option,
 * missing input file), {@value #FAILED} when the run itself failed (an output that cannot be written).
 */
@Command(name = "m4sd", mixinStandardHelpOptions = true, versionProvider = M4sdCli.Version.class,
        description = "Decide, with a reason for every criterion, what people are entitled to under the M4SD rule packs.",
        subcommands = {EvaluateCommand.class, AskCommand.class, ExplainCommand.class, ReportCommand.class,
                RulesCommand.class, DiffCommand.class, PackCommand.class,
                DemoCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  m4sd demo           # decide a synthetic population of 10,000 people",
                "  m4sd evaluate -i cases.jsonl -o decisions.jsonl",
                "  m4sd rules --as-of 2023-06-30",
                "  m4sd diff -i cases.jsonl --from-date 2022-01-01 --to-date 2024-01-01",
                "  m4sd pack validate packs/gha",
                "  m4sd report --cases cases.jsonl --decisions decisions.jsonl -o report.json",
                "",
                "Exit codes: 0 every record decided, 1 some records invalid, 2 usage error, 3 run failed."})
public final class M4sdCli implements Runnable {
    /** Every record was decided. */
    public static final int OK = 0;
    /** Some records were invalid; each has its error line and the others were decided. */
    public static final int INVALID_RECORDS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The run failed, for example because the output could not be written. */
    public static final int FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new M4sdCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CommandLine.ParameterException pe) {
                throw pe;
            }
            PrintWriter err = commandLine.getErr();
            err.println("m4sd " + commandLine.getCommandName() + ": " + message(e));
            err.flush();
            return e instanceof UsageError ? USAGE : FAILED;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("m4sd: " + e.getMessage());
            err.println("Try 'm4sd " + (e.getCommandLine().getParent() == null ? "" : e.getCommandLine().getCommandName() + " ")
                    + "--help' for usage and an example.");
            err.flush();
            return USAGE;
        });
        cli.setExitCodeExceptionMapper(e -> FAILED);
        return cli;
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.io.UncheckedIOException)) {
            t = t.getCause();
        }
        // The file-system exceptions' messages are only the path: say what went wrong with it.
        if (t instanceof java.nio.file.NoSuchFileException f) {
            return "no such file or directory: " + f.getFile();
        }
        if (t instanceof java.nio.file.FileAlreadyExistsException f) {
            return "a file is in the way of a directory: " + f.getFile();
        }
        if (t instanceof java.nio.file.AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: evaluate, ask, explain, report, rules, diff, pack or demo");
    }

    /** The SDK version, read from the SDK's generated version resource. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"m4sd " + SdkVersion.version()};
        }
    }
}
