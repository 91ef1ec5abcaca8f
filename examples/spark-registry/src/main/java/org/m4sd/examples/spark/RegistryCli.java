package org.m4sd.examples.spark;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code m4sd-registry}: a national registry re-evaluated on Apache Spark, the SDK inside the executors. The same
 * jar runs under {@code spark-submit} on a cluster and with plain {@code java} on one machine ({@code local[*]}).
 */
@Command(name = "m4sd-registry", mixinStandardHelpOptions = true,
        versionProvider = RegistryCli.Version.class,
        description = "A national registry re-evaluated on Apache Spark with the M4SD Rules SDK inside the executors.",
        subcommands = {GenerateJob.class, EvaluateJob.class, DiffJob.class})
public final class RegistryCli {
    /** Exit codes: every record decided; some records rejected (see OUT/errors); usage error; run failed. */
    static final int OK = 0;
    static final int USAGE = 2;
    static final int FAILED = 3;

    private RegistryCli() {
    }

    /** Runs a command and exits with its code. */
    public static void main(String[] args) {
        int code = commandLine().execute(args);
        org.apache.spark.sql.SparkSession.getActiveSession().foreach(s -> {
            s.stop();
            return null;
        });
        System.exit(code);
    }

    /** The configured command line. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new RegistryCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CommandLine.ParameterException pe) {
                throw pe;
            }
            PrintWriter err = commandLine.getErr();
            // a refused bundle says which and why in its message; other failures are named by their class too
            err.println("m4sd-registry " + commandLine.getCommandName() + ": "
                    + (e instanceof org.m4sd.sdk.M4sdException ? e.getMessage() : e));
            err.flush();
            return e instanceof IllegalArgumentException ? USAGE : FAILED;
        });
        return cli;
    }

    /** The SDK's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"m4sd-registry " + org.m4sd.sdk.SdkVersion.version()};
        }
    }
}
