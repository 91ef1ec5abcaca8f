package org.m4sd.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.m4sd.sdk.UnsignedBundles;
import picocli.CommandLine;

/** The service's command line as a user meets it: usage on --help, a clear message and exit 2 on a bad flag. */
class ServiceCommandTest {
    record Run(int exit, String out, String err, ServiceCommand command) {
    }

    private static Run run(String... args) {
        ServiceCommand command = new ServiceCommand();
        CommandLine cli = ServiceCommand.commandLine(command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        if (command.service != null) {
            command.service.close();
        }
        return new Run(exit, out.toString(), err.toString(), command);
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        Run run = run("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: m4sd-http", "--host", "--port", "--max-body-bytes",
                "--max-batch-bytes", "--max-requests-per-call", "default: 8080", "Exit codes");
        assertThat(run.err()).isEmpty();
        assertThat(run.command().service).isNull();
        assertThat(run("-h").exit()).isZero();
        assertThat(run("--version").out()).startsWith("m4sd-http ");
    }

    @Test
    void anUnknownFlagExitsTwoWithAClearMessage() {
        Run run = run("--prot", "9000");

        assertThat(run.exit()).isEqualTo(ServiceCommand.USAGE);
        assertThat(run.err()).startsWith("m4sd-http: Unknown options: '--prot', '9000'")
                .contains("--help");
        assertThat(run.out()).isEmpty();
        assertThat(run.command().service).isNull();
    }

    @Test
    void aValueThatCannotBeUsedExitsTwo() {
        Run notANumber = run("--port", "eighty");
        assertThat(notANumber.exit()).isEqualTo(2);
        assertThat(notANumber.err()).contains("--port").contains("eighty");

        Run outOfRange = run("--port", "70000");
        assertThat(outOfRange.exit()).isEqualTo(2);
        assertThat(outOfRange.err()).contains("m4sd-http: --port must be between 0 and 65535, got 70000");

        Run negative = run("--max-body-bytes", "-1");
        assertThat(negative.exit()).isEqualTo(2);
        assertThat(negative.err()).contains("must be positive");

        assertThat(run("--port").exit()).isEqualTo(2);
        assertThat(run("extra").err()).contains("Unmatched argument");
    }

    @Test
    void theOptionsGivenAreTheServicesOptions() {
        ServiceCommand command = new ServiceCommand();
        ServiceCommand.commandLine(command).parseArgs("--host", "0.0.0.0", "--port", "9000", "--max-body-bytes",
                "1024", "--max-batch-bytes", "4096", "--max-requests-per-call", "10");
        ServiceOptions options = command.options();

        assertThat(options.host()).isEqualTo("0.0.0.0");
        assertThat(options.port()).isEqualTo(9000);
        assertThat(options.maxBodyBytes()).isEqualTo(1024);
        assertThat(options.maxBatchBytes()).isEqualTo(4096);
        assertThat(options.maxRequestsPerCall()).isEqualTo(10);
    }

    @Test
    void bundleOptionsThatCannotBeUsedExitTwo() {
        Run keysAlone = run("--trusted-keys", "keys/ministry.pub.pem");
        assertThat(keysAlone.exit()).isEqualTo(ServiceCommand.USAGE);
        assertThat(keysAlone.err()).contains("m4sd-http: --trusted-keys and --accept-unsigned are about bundles: "
                + "give the directory with --packs");

        Run noDirectory = run("--packs", "no/such/dir");
        assertThat(noDirectory.exit()).isEqualTo(ServiceCommand.USAGE);
        assertThat(noDirectory.err()).contains("--packs no/such/dir is not a directory");
    }

    @Test
    void packOptionsAreTheEnginesBundlesAndTrust(@TempDir Path dir)
            throws Exception {
        Path key = Files.writeString(dir.resolve("k.pub.pem"), "key");
        ServiceCommand command = new ServiceCommand();
        ServiceCommand.commandLine(command).parseArgs("--packs", dir.toString(), "--trusted-keys", key.toString(),
                "--accept-unsigned");
        ServiceOptions options = command.options();

        assertThat(options.packs()).contains(dir);
        assertThat(options.engine().packBundles().trustedKeys()).containsExactly(key);
        assertThat(options.engine().packBundles().unsigned()).isEqualTo(UnsignedBundles.ACCEPT_AND_RECORD);
        assertThat(options.adminTokenFile()).isEmpty();
    }

    @Test
    void aRefusedBundleStopsTheStartWithItsRefusal(@TempDir Path dir)
            throws Exception {
        Files.createDirectories(dir.resolve("gha"));
        Files.writeString(dir.resolve("gha/bundle.json"), "{}");
        Run run = run("--port", "0", "--packs", dir.toString());

        assertThat(run.exit()).isEqualTo(ServiceCommand.FAILED);
        assertThat(run.err()).contains("m4sd-http: the service could not start: pack bundle " + dir.resolve("gha")
                + " refused (UNSIGNED)");
        assertThat(run.command().service).isNull();
    }

    @Test
    void onlyLoopbackAddressesAreLocal() {
        assertThat(HttpService.loopback("127.0.0.1")).isTrue();
        assertThat(HttpService.loopback("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(HttpService.loopback("192.168.1.20")).isFalse();
        assertThat(HttpService.loopback("10.0.0.1")).isFalse();
        assertThat(HttpService.loopback(null)).isFalse();
    }
}
