package org.m4sd.examples.http;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.M4sdException;
import org.m4sd.sdk.SdkVersion;
import org.m4sd.sdk.UnsignedBundles;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The service's command line, {@code java -jar m4sd-http.jar [options]}, read as the {@code m4sd} CLI reads
 * its own: {@code --help} prints the usage and exits 0, {@code --version} the version; an unknown option or a
 * value that cannot be used prints what is wrong and exits {@value #USAGE}; a service that cannot start (the
 * port is taken) exits {@value #FAILED}. Otherwise the service runs until the process is stopped.
 */
@Command(name = "m4sd-http", mixinStandardHelpOptions = true, versionProvider = ServiceCommand.Version.class,
        description = "Serve the M4SD Rules SDK over HTTP: decisions for one request, a JSON array or a JSONL "
                + "batch, the rule packs, an OpenAPI document and a health check.",
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar m4sd-http.jar                      # http://127.0.0.1:8080/",
                "  java -jar m4sd-http.jar --host 0.0.0.0 --port 9000",
                "  java -jar m4sd-http.jar --packs /srv/m4sd/packs --trusted-keys /srv/m4sd/keys",
                "  curl -X POST http://127.0.0.1:8080/v1/admin/packs:reload   # after changing the packs",
                "",
                "Exit codes: 0 after --help or --version, 2 usage error, 3 the service could not start."})
final class ServiceCommand implements Callable<Integer> {
    /** The command line was wrong. */
    static final int USAGE = 2;
    /** The service could not start. */
    static final int FAILED = 3;

    private static final ServiceOptions DEFAULTS = ServiceOptions.defaults();

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host = DEFAULTS.host();

    @Option(names = "--port", paramLabel = "PORT", description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port = DEFAULTS.port();

    @Option(names = "--max-body-bytes", paramLabel = "BYTES",
            description = "Largest body of POST /v1/decisions; larger is 413 (default: ${DEFAULT-VALUE}).")
    int maxBodyBytes = DEFAULTS.maxBodyBytes();

    @Option(names = "--max-batch-bytes", paramLabel = "BYTES",
            description = "Largest body of POST /v1/decisions:batch; larger is 413 (default: ${DEFAULT-VALUE}).")
    long maxBatchBytes = DEFAULTS.maxBatchBytes();

    @Option(names = "--max-requests-per-call", paramLabel = "N",
            description = "Most requests in one JSON array sent to POST /v1/decisions; more is 413 "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxRequestsPerCall = DEFAULTS.maxRequestsPerCall();

    @Option(names = "--packs", paramLabel = "DIR",
            description = "A directory of rule-pack bundles (each a subdirectory, a .zip or a .jar, loaded in name "
                    + "order) "
                    + "decided with beside the shipped packs; POST /v1/admin/packs:reload rebuilds the engine "
                    + "from it.")
    Path packs;

    @Option(names = "--trusted-keys", paramLabel = "PATH", arity = "1..*",
            description = "Ed25519 public keys (PEM files, or directories of *.pem) the bundles may be signed "
                    + "with.")
    List<Path> trustedKeys = new ArrayList<>();

    @Option(names = "--accept-unsigned",
            description = "Load bundles that have no signature; every decision they make says signingKeyId "
                    + "\"unsigned\". Signed bundles are verified whatever this says.")
    boolean acceptUnsigned;

    @Option(names = "--admin-token-file", paramLabel = "FILE",
            description = "A file holding the token admin calls (POST /v1/admin/packs:reload) must send as "
                    + "Authorization: Bearer; without it they are answered to loopback clients only.")
    Path adminTokenFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The running service, once {@link #call()} has started it. */
    HttpService service;

    /** The options as given, checked; a value that cannot be used is a usage error. */
    ServiceOptions options() {
        if (port < 0 || port > 65_535) {
            throw usage("--port must be between 0 and 65535, got " + port);
        }
        if (maxBodyBytes <= 0 || maxBatchBytes <= 0 || maxRequestsPerCall <= 0) {
            throw usage("--max-body-bytes, --max-batch-bytes and --max-requests-per-call must be positive");
        }
        if (host.isBlank()) {
            throw usage("--host must name an address");
        }
        if (packs == null && (!trustedKeys.isEmpty() || acceptUnsigned)) {
            throw usage("--trusted-keys and --accept-unsigned are about bundles: give the directory with --packs");
        }
        if (packs != null && !Files.isDirectory(packs)) {
            throw usage("--packs " + packs + " is not a directory");
        }
        for (Path key : trustedKeys) {
            if (!Files.exists(key)) {
                throw usage("--trusted-keys " + key + " does not exist");
            }
        }
        if (adminTokenFile != null && !Files.isRegularFile(adminTokenFile)) {
            throw usage("--admin-token-file " + adminTokenFile + " is not a file");
        }
        ServiceOptions options = new ServiceOptions(host, port, maxBodyBytes, maxBatchBytes, maxRequestsPerCall,
                DEFAULTS.engine());
        if (packs != null) {
            options = options.withPacks(packs, EngineOptions.builder().trustedKeys(trustedKeys)
                    .unsignedBundles(acceptUnsigned ? UnsignedBundles.ACCEPT_AND_RECORD : UnsignedBundles.REFUSE)
                    .build());
        }
        return adminTokenFile == null ? options : options.withAdminTokenFile(adminTokenFile);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    @Override
    public Integer call() {
        ServiceOptions options = options();
        try {
            service = HttpService.start(options);
        } catch (M4sdException | UncheckedIOException | IllegalArgumentException e) {
            // a bundle refused (its class and reason), a trusted key or the token file that cannot be used
            PrintWriter err = spec.commandLine().getErr();
            err.println("m4sd-http: the service could not start: " + e.getMessage());
            err.flush();
            return FAILED;
        } catch (RuntimeException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("m4sd-http: the service could not start on " + options.host() + ":" + options.port() + ": "
                    + (e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                            : e.getMessage()));
            err.flush();
            return FAILED;
        }
        HttpService running = service;
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "m4sd-http-shutdown"));
        LoggerFactory.getLogger(HttpService.class).info("M4SD HTTP service listening on http://{}:{}/",
                options.host(), running.port());
        return 0;
    }

    /** The configured command line, shared by {@link HttpService#main} and the tests. */
    static CommandLine commandLine(ServiceCommand command) {
        CommandLine cli = new CommandLine(command);
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("m4sd-http: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try 'java -jar m4sd-http.jar --help' for the options.");
            err.flush();
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CommandLine.ParameterException pe) {
                throw pe;
            }
            throw e;
        });
        return cli;
    }

    /** The SDK's version, for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"m4sd-http " + SdkVersion.version()};
        }
    }
}
