package org.m4sd.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.m4sd.examples.support.DecisionChange;
import org.m4sd.examples.support.SyntheticPopulation;
import org.m4sd.rules.packs.tool.BundleIdentity;
import org.m4sd.rules.packs.tool.BundleProblem;
import org.m4sd.rules.packs.tool.BundleTool;
import org.m4sd.rules.packs.tool.ScenarioResult;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.PackBundleException;
import org.m4sd.sdk.UnsignedBundles;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.json.M4sdJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code m4sd pack}: author, check, sign and compare rule-pack bundles (docs/PACK-BUNDLES.md). */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = {"Author, check, sign and compare rule-pack bundles: data for a country",
                "outside the SDK jar, loaded with m4sd evaluate --packs."},
        subcommands = {PackCommand.Init.class, PackCommand.Validate.class, PackCommand.Test.class,
                PackCommand.Keygen.class, PackCommand.Sign.class, PackCommand.Verify.class, PackCommand.Diff.class},
        footerHeading = "%nExamples:%n",
        footer = {"  m4sd pack init GHA --dir packs/gha",
                "  m4sd pack validate packs/gha",
                "  m4sd pack test packs/gha",
                "  m4sd pack keygen --out keys/ministry",
                "  m4sd pack sign packs/gha --key keys/ministry.private.pem",
                "  m4sd pack verify packs/gha --trusted-keys keys/ministry.public.pem",
                "  m4sd pack diff packs/gha-0.1.0 packs/gha --accept-unsigned",
                "",
                "Exit codes: 0 done, 1 problems found (validate, test, verify), 2 usage error,",
                "3 run failed."})
final class PackCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a pack command is required: init, validate, test, keygen, sign, verify or diff");
    }

    /** {@code pack init ISO3}. */
    @Command(name = "init", mixinStandardHelpOptions = true,
            description = {"Writes the skeleton of a bundle for a country: bundle.json and one topic",
                    "file per topic listing, under \"inherited\", every parameter of the pack it",
                    "extends. Give a parameter by moving its name to \"parameters\" with dated",
                    "values, each with its source and V/S/B status."})
    static final class Init implements Callable<Integer> {
        @Parameters(paramLabel = "ISO3", description = "The country, ISO 3166-1 alpha-3 (GHA).")
        String jurisdiction;

        @Option(names = "--dir", paramLabel = "DIR", description = "Where to write (default: the lower-case code).")
        Path dir;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path target = dir != null ? dir : Path.of(jurisdiction.toLowerCase(java.util.Locale.ROOT));
            List<String> files;
            try {
                files = BundleTool.init(target, jurisdiction);
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("wrote " + target + ": " + String.join(", ", files));
            out.println("next: give parameters, add scenarios/*.json, then m4sd pack validate " + target);
            out.flush();
            return M4sdCli.OK;
        }
    }

    /** {@code pack validate BUNDLE}. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Lists every problem of a bundle (a directory, zip or jar), by file and JSON",
                    "path: fields, units, dated values that overlap, a source and V/S/B status on",
                    "every value, agreements' parties, and what the engine would refuse."})
    static final class Validate implements Callable<Integer> {
        @Parameters(paramLabel = "BUNDLE", description = "The bundle directory, zip or jar.")
        Path dir;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<BundleProblem> problems = validate(dir);
            if (problems.isEmpty()) {
                spec.commandLine().getOut().println(dir + ": valid");
                spec.commandLine().getOut().flush();
                return M4sdCli.OK;
            }
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(p -> err.println(dir + ": " + p));
            err.println(dir + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
            err.flush();
            return M4sdCli.INVALID_RECORDS;
        }
    }

    /** {@code pack test BUNDLE}. */
    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Decides each scenario of the bundle (scenarios/*.json: a request and the",
                    "decision expected) with an engine built with the bundle, and says which pass.",
                    "An unsigned bundle is tested as unsigned; a signed one is verified with",
                    "--trusted-keys."})
    static final class Test implements Callable<Integer> {
        @Parameters(paramLabel = "BUNDLE", description = "The bundle directory, zip or jar.")
        Path dir;

        @Option(names = "--trusted-keys", paramLabel = "PEM", arity = "1..*",
                description = "Keys a signed bundle may be signed with.")
        List<Path> trustedKeys = new ArrayList<>();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.exists(dir)) {
                throw new UsageError(dir + " is not a bundle directory, zip or jar");
            }
            List<ScenarioResult> results;
            try {
                results = BundleTool.test(dir, trustedKeys);
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            int failed = 0;
            for (ScenarioResult result : results) {
                if (result.passed()) {
                    out.println("PASS " + result.file());
                } else {
                    failed++;
                    out.println("FAIL " + result.file());
                    result.differences().forEach(d -> out.println("    " + d));
                }
            }
            out.println(results.size() + " scenarios: " + (results.size() - failed) + " passed, " + failed
                    + " failed");
            out.flush();
            return failed == 0 ? M4sdCli.OK : M4sdCli.INVALID_RECORDS;
        }
    }

    /** {@code pack keygen}. */
    @Command(name = "keygen", mixinStandardHelpOptions = true,
            description = {"Makes an Ed25519 key pair as PEM: PREFIX.private.pem (keep it secret) and",
                    "PREFIX.public.pem (give it to whoever loads the bundles)."})
    static final class Keygen implements Callable<Integer> {
        @Option(names = "--out", paramLabel = "PREFIX", required = true,
                description = "Path and name of the key files, without .private.pem / .public.pem.")
        String prefix;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Path privatePem = Path.of(prefix + ".private.pem");
            Path publicPem = Path.of(prefix + ".public.pem");
            if (privatePem.getParent() != null) {
                Files.createDirectories(privatePem.getParent());
            }
            String keyId;
            try {
                keyId = BundleTool.generateKeys(privatePem, publicPem);
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
            spec.commandLine().getOut().println("key " + keyId + ": " + privatePem + ", " + publicPem);
            spec.commandLine().getOut().flush();
            return M4sdCli.OK;
        }
    }

    /** {@code pack sign DIR --key PRIVATE.pem}. */
    @Command(name = "sign", mixinStandardHelpOptions = true,
            description = {"Validates a bundle directory, then writes MANIFEST (the SHA-256 of every",
                    "file) and MANIFEST.sig (an Ed25519 signature over MANIFEST)."})
    static final class Sign implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "The bundle directory.")
        Path dir;

        @Option(names = "--key", paramLabel = "PRIVATE.pem", required = true,
                description = "The Ed25519 private key, PKCS#8 PEM.")
        Path key;

        @Option(names = "--public-key", paramLabel = "PUBLIC.pem",
                description = "Its public key, X.509 PEM (default: the key's name with .public.pem for "
                        + ".private.pem).")
        Path publicKey;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path pub = publicKey;
            if (pub == null) {
                String name = key.getFileName().toString();
                if (!name.endsWith(".private.pem")) {
                    throw new UsageError("--public-key is required: " + key + " is not named *.private.pem, so "
                            + "its public key cannot be found beside it");
                }
                pub = key.resolveSibling(name.substring(0, name.length() - ".private.pem".length())
                        + ".public.pem");
            }
            BundleIdentity signed;
            try {
                signed = BundleTool.sign(dir, key, pub);
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
            spec.commandLine().getOut().println("signed " + signed.id() + " " + signed.version() + " with key "
                    + signed.keyId() + ": " + dir.resolve("MANIFEST") + ", " + dir.resolve("MANIFEST.sig"));
            spec.commandLine().getOut().flush();
            return M4sdCli.OK;
        }
    }

    /** {@code pack verify DIR --trusted-keys ...}. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Verifies a bundle as the engine does when it loads it: signed by a trusted",
                    "key, no file changed, added or removed, valid, for this SDK, extending a",
                    "loaded pack. Says the key id, or the refusal class and why."})
    static final class Verify implements Callable<Integer> {
        @Parameters(paramLabel = "BUNDLE", description = "The bundle directory, zip or jar.")
        Path bundle;

        @Option(names = "--trusted-keys", paramLabel = "PEM", arity = "1..*", required = true,
                description = "Ed25519 public keys (PEM files or directories of *.pem).")
        List<Path> trustedKeys;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                BundleIdentity verified = BundleTool.verify(bundle, trustedKeys);
                spec.commandLine().getOut().println("verified " + verified.id() + " " + verified.version() + " ("
                        + verified.jurisdiction() + "), signed with key " + verified.keyId());
                spec.commandLine().getOut().flush();
                return M4sdCli.OK;
            } catch (PackBundleException e) {
                spec.commandLine().getErr().println("refused (" + e.refusal() + "): " + e.reason());
                spec.commandLine().getErr().flush();
                return M4sdCli.INVALID_RECORDS;
            }
        }
    }

    /** {@code pack diff OLD NEW}. */
    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = {"Compares two bundles: the parameters added, changed and ended, then the",
                    "decisions that change, over the requests of --cases (JSONL) or else the",
                    "demo population moved to the bundle's country (the request, and the",
                    "nationality, residence and contributions that were the person's own)."})
    static final class Diff implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "OLD", description = "The bundle before.")
        Path before;

        @Parameters(index = "1", paramLabel = "NEW", description = "The bundle after.")
        Path after;

        @Option(names = "--cases", paramLabel = "FILE", description = "Requests, one JSON object a line.")
        Path cases;

        @Option(names = "--people", paramLabel = "N", defaultValue = "2000",
                description = "Demo population size without --cases (default: ${DEFAULT-VALUE}).")
        int people;

        @Option(names = "--trusted-keys", paramLabel = "PEM", arity = "1..*",
                description = "Keys signed bundles may be signed with.")
        List<Path> trustedKeys = new ArrayList<>();

        @Option(names = "--accept-unsigned", description = "Load bundles that have no signature.")
        boolean acceptUnsigned;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ObjectMapper mapper = new ObjectMapper();
            Map<String, JsonNode> old = parameters(mapper, before);
            Map<String, JsonNode> now = parameters(mapper, after);
            PrintWriter out = spec.commandLine().getOut();
            int changes = 0;
            for (String name : new TreeSet<>(union(old, now))) {
                String change = change(old.get(name), now.get(name));
                if (change != null) {
                    changes++;
                    out.println(change + " " + name);
                }
            }
            out.println(changes + (changes == 1 ? " parameter" : " parameters") + " added, changed or ended");
            M4sdJson json = M4sdJson.create();
            String jurisdiction = mapper.readTree(BundleTool.files(after).get("bundle.json")).path("jurisdiction")
                    .asText();
            List<EligibilityRequest> requests = cases != null ? readCases(json, cases)
                    : new SyntheticPopulation(20251).requests(people)
                            .map(r -> inJurisdiction(json, mapper, r, jurisdiction)).toList();
            int changed = 0;
            try (EligibilityEngine a = engine(List.of(before), trustedKeys, acceptUnsigned);
                    EligibilityEngine b = engine(List.of(after), trustedKeys, acceptUnsigned)) {
                long line = 0;
                for (EligibilityRequest request : requests) {
                    line++;
                    var da = new RecordResult.Decided(line, a.evaluate(request));
                    var db = new RecordResult.Decided(line, b.evaluate(request));
                    for (DecisionChange c : DecisionChange.compare(da, db)) {
                        if (c.differs(false)) {
                            changed++;
                            out.printf("%s  %s: %s -> %s%n", c.requestId(), c.determination().id(),
                                    DecisionChange.outcome(c.before()), DecisionChange.outcome(c.after()));
                            c.criteria().forEach(criterion -> out.println("    " + criterion));
                        }
                    }
                }
            }
            out.println(requests.size() + " requests: " + changed + (changed == 1 ? " decision changes"
                    : " decisions change"));
            out.flush();
            return M4sdCli.OK;
        }

        private static List<String> union(Map<String, JsonNode> a, Map<String, JsonNode> b) {
            List<String> names = new ArrayList<>(a.keySet());
            names.addAll(b.keySet());
            return names;
        }

        /** {@code added}, {@code ended}, {@code changed}, or null for a parameter the same in both. */
        static String change(JsonNode old, JsonNode now) {
            if (old == null) {
                return "added  ";
            }
            if (now == null) {
                return "ended  ";
            }
            if (old.equals(now)) {
                return null;
            }
            JsonNode lastOld = old.path("values").path(old.path("values").size() - 1);
            JsonNode lastNow = now.path("values").path(now.path("values").size() - 1);
            boolean ended = lastOld.path("validTo").isNull() && !lastNow.path("validTo").isNull()
                    && now.path("values").size() <= old.path("values").size();
            return ended ? "ended  " : "changed";
        }

        private static Map<String, JsonNode> parameters(ObjectMapper mapper, Path bundle) throws IOException {
            Map<String, byte[]> files;
            try {
                files = Files.exists(bundle) ? BundleTool.files(bundle) : Map.of();
            } catch (PackBundleException e) {
                throw new UsageError(e.getMessage());
            }
            if (!files.containsKey("bundle.json")) {
                throw new UsageError(bundle + " is not a bundle directory, zip or jar (no bundle.json)");
            }
            Map<String, JsonNode> byName = new TreeMap<>();
            for (String topic : List.of("health", "education", "socialsecurity", "employment")) {
                byte[] file = files.get(topic + ".json");
                if (file != null) {
                    for (JsonNode p : mapper.readTree(file).path("parameters")) {
                        byName.put(p.path("name").asText(), p);
                    }
                }
            }
            return byName;
        }

        private static List<EligibilityRequest> readCases(M4sdJson json, Path file) throws IOException {
            List<EligibilityRequest> requests = new ArrayList<>();
            int line = 0;
            for (String text : Files.readAllLines(file)) {
                line++;
                if (!text.isBlank()) {
                    try {
                        requests.add(json.readRequest(text));
                    } catch (RuntimeException e) {
                        throw new UsageError(file + " line " + line + ": " + e.getMessage());
                    }
                }
            }
            return requests;
        }

        /**
         * The demo person moved to {@code jurisdiction}: the request, and the nationality, residence and periods
         * of contributions that were the person's own country's.
         */
        static EligibilityRequest inJurisdiction(M4sdJson json, ObjectMapper mapper, EligibilityRequest request,
                String jurisdiction) {
            try {
                ObjectNode node = (ObjectNode) mapper.readTree(json.writeRequest(request));
                String own = node.path("jurisdiction").asText();
                node.put("jurisdiction", jurisdiction);
                ObjectNode person = (ObjectNode) node.path("person");
                for (String field : List.of("nationality", "countryOfResidence")) {
                    if (own.equals(person.path(field).asText())) {
                        person.put(field, jurisdiction);
                    }
                }
                for (JsonNode period : person.path("contributionPeriods")) {
                    if (own.equals(period.path("country").asText())) {
                        ((ObjectNode) period).put("country", jurisdiction);
                    }
                }
                return json.readRequest(mapper.writeValueAsString(node));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static List<BundleProblem> validate(Path dir) {
        try {
            return BundleTool.validate(dir);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    /** An engine with the bundles; a signed bundle is always verified against {@code trustedKeys}. */
    static EligibilityEngine engine(List<Path> bundles, List<Path> trustedKeys, boolean acceptUnsigned) {
        return EligibilityEngine.create(EngineOptions.builder().bundles(bundles).trustedKeys(trustedKeys)
                .unsignedBundles(acceptUnsigned ? UnsignedBundles.ACCEPT_AND_RECORD : UnsignedBundles.REFUSE)
                .build());
    }
}
