package org.m4sd.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line, without starting Spark. */
class RegistryCliTest {
    @Test
    void evaluateReadsItsOptions() {
        EvaluateJob job = new EvaluateJob();
        new CommandLine(job).parseArgs("--registry", "r", "--out", "o", "--as-of", "2024-01-01", "--partitions", "8",
                "--master", "local[2]", "--conf", "spark.sql.shuffle.partitions=4");
        assertThat(job.io.registry).isEqualTo("r");
        assertThat(job.io.partitions).isEqualTo(8);
        assertThat(job.asOf).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(job.decisionJson).as("each decision's JSON only when asked").isFalse();
        assertThat(job.spark.master).isEqualTo("local[2]");
        assertThat(job.spark.conf).containsEntry("spark.sql.shuffle.partitions", "4");

        EvaluateJob full = new EvaluateJob();
        new CommandLine(full).parseArgs("--registry", "r", "--out", "o", "--decision-json", "--discard");
        assertThat(full.decisionJson).isTrue();
        assertThat(full.discard).isTrue();
        EvaluateJob lean = new EvaluateJob();
        new CommandLine(lean).parseArgs("--registry", "r", "--out", "o", "--no-decision-json");
        assertThat(lean.decisionJson).isFalse();
    }

    @Test
    void aDiffThatComparesNothingIsAUsageErrorBeforeSparkStarts() {
        StringWriter err = new StringWriter();
        CommandLine cli = RegistryCli.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("diff", "--registry", "r", "--out", "o")).isEqualTo(RegistryCli.USAGE);
        assertThat(err.toString()).contains("name what to compare");
    }

    @Test
    void bundleOptionsAreReadAndTrustWithoutBundlesIsAUsageErrorBeforeSparkStarts() {
        EvaluateJob job = new EvaluateJob();
        new CommandLine(job).parseArgs("--registry", "r", "--out", "o", "--packs", "a/gha", "b/gha-fix.zip",
                "--trusted-keys", "keys", "--accept-unsigned");
        assertThat(job.bundles.bundles).containsExactly("a/gha", "b/gha-fix.zip");
        assertThat(job.bundles.trustedKeys).containsExactly("keys");
        assertThat(job.bundles.acceptUnsigned).isTrue();
        Engines.Source source = job.bundles.apply(Engines.Source.builtIn());
        assertThat(source.label()).isEqualTo("built-in packs with bundles a/gha, b/gha-fix.zip (unsigned accepted)");
        assertThat(source.options().packBundles().bundles()).hasSize(2);

        StringWriter err = new StringWriter();
        CommandLine cli = RegistryCli.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("evaluate", "--registry", "r", "--out", "o", "--trusted-keys", "keys"))
                .isEqualTo(RegistryCli.USAGE);
        assertThat(err.toString()).contains("--trusted-keys and --accept-unsigned are about bundles: name them "
                + "with --packs");
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String command : new String[] {"generate", "evaluate", "diff"}) {
            StringWriter out = new StringWriter();
            CommandLine cli = RegistryCli.commandLine();
            cli.setOut(new PrintWriter(out));
            assertThat(cli.execute(command, "--help")).isZero();
            assertThat(out.toString()).contains("Examples:", "--master");
        }
    }
}
