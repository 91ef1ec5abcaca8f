package org.m4sd.rules.internal.packs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.m4sd.rules.packs.tool.BundleIdentity;
import org.m4sd.rules.packs.tool.BundleProblem;
import org.m4sd.rules.packs.tool.ScenarioResult;
import org.m4sd.rules.spi.BundleTooling;
import org.m4sd.sdk.PackBundleException;
import org.m4sd.sdk.PackBundles;
import org.m4sd.sdk.SdkVersion;
import org.m4sd.sdk.UnsignedBundles;

/**
 * The implementation of {@link org.m4sd.rules.packs.tool.BundleTool}, registered for {@link BundleTooling}: the
 * skeleton, validation with every problem by file and JSON path, keys, signing and verification, over the pack
 * store, the bundle reader and the signer; and the scenarios ({@link BundleScenarios}), the one method that builds
 * an engine.
 */
public final class ShippedBundleTooling implements BundleTooling {
    private static final String SHIPPED = "org/m4sd/rules/packs/";
    private static final Set<String> STATUSES = Set.of("V", "S", "B");
    private static final Set<String> TOPIC_FIELDS = Set.of("parameters", "tables", "inherited");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)
            .toArray(String[]::new));
    private static final String SIGNATURE = "MANIFEST.sig";
    private static final String MANIFEST = "MANIFEST";

    /** For {@link java.util.ServiceLoader}. */
    public ShippedBundleTooling() {
    }

    @Override
    public List<String> init(Path directory, String jurisdiction) {
        if (jurisdiction == null || !COUNTRIES.contains(jurisdiction)) {
            throw new IllegalArgumentException("\"" + jurisdiction
                    + "\" is not an ISO 3166-1 alpha-3 country code in upper case (GHA, JAM, ...)");
        }
        if (Files.exists(directory) && !isEmptyDirectory(directory)) {
            throw new IllegalArgumentException(directory + " is not empty: pack init writes a new bundle");
        }
        PackStore store = PackStore.load();
        Optional<Pack> overlay = store.overlay(jurisdiction);
        Pack base = overlay.orElse(store.international());
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode identity = mapper.createObjectNode();
        identity.put("id", jurisdiction.toLowerCase(Locale.ROOT) + (overlay.isPresent() ? "-local" : ""));
        identity.put("version", "0.1.0");
        identity.put("jurisdiction", jurisdiction);
        identity.put("sdkVersions", sdkRange());
        identity.putObject("extends").put("id", base.id()).put("versions", majorRange(base.version()));
        identity.put("name", jurisdiction + " overlay");
        identity.put("description", "Parameters for " + jurisdiction + " over the " + base.id()
                + " pack. Give a parameter by moving its name from \"inherited\" to \"parameters\", with dated "
                + "values each citing its source and its V/S/B status.");
        List<String> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            write(directory.resolve(Bundle.IDENTITY), mapper, identity);
            written.add(Bundle.IDENTITY);
            List<String> chain = overlay.isPresent() ? List.of(PackStore.INTERNATIONAL, base.id())
                    : List.of(PackStore.INTERNATIONAL);
            for (String topic : PackStore.TOPICS) {
                Set<String> names = new TreeSet<>();
                for (String pack : chain) {
                    shippedTopic(mapper, pack, topic).ifPresent(root -> root.path("parameters")
                            .forEach(p -> names.add(p.path("name").asText())));
                }
                ObjectNode file = mapper.createObjectNode();
                ArrayNode inherited = file.putArray("inherited");
                names.forEach(inherited::add);
                file.putArray("parameters");
                write(directory.resolve(topic + ".json"), mapper, file);
                written.add(topic + ".json");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    @Override
    public List<BundleProblem> validate(Path bundle) {
        if (!Files.isDirectory(bundle) && !Files.isRegularFile(bundle)) {
            throw new IllegalArgumentException(bundle + " is not a bundle directory, zip or jar");
        }
        SortedMap<String, byte[]> files;
        try {
            files = BundleFiles.read(bundle);
        } catch (PackBundleException e) {
            return List.of(new BundleProblem(e.file().orElse(bundle.toString()), "", e.reason() + " ("
                    + e.refusal() + ")"));
        }
        ObjectMapper mapper = new ObjectMapper();
        List<BundleProblem> problems = new ArrayList<>();
        PackStore store = PackStore.load();
        Optional<JsonNode> identity = readJson(mapper, files, Bundle.IDENTITY, problems);
        String jurisdiction = identity.map(i -> i.path("jurisdiction").asText()).orElse("");
        Map<String, Parameter> chain = new HashMap<>(store.international().parameters());
        identity.map(i -> i.path("extends").path("id").asText())
                .flatMap(id -> store.packs().stream().filter(p -> p.id().equals(id)).findFirst())
                .ifPresent(p -> chain.putAll(p.parameters()));
        Set<String> shippedNames = new HashSet<>();
        store.packs().forEach(p -> shippedNames.addAll(p.parameters().keySet()));
        Map<String, String> givenIn = new HashMap<>();
        for (String topic : PackStore.TOPICS) {
            String file = topic + ".json";
            if (files.containsKey(file)) {
                readJson(mapper, files, file, problems).ifPresent(root -> new TopicCheck(file, jurisdiction,
                        chain, shippedNames, givenIn, problems).check(root));
            }
        }
        if (problems.isEmpty()) {
            engineCheck(bundle, files).ifPresent(problems::add);
        }
        return problems;
    }

    @Override
    public SortedMap<String, byte[]> files(Path bundle) {
        return BundleFiles.read(bundle);
    }

    @Override
    public List<ScenarioResult> test(Path bundle, List<Path> trustedKeys) {
        return BundleScenarios.test(bundle, trustedKeys);
    }

    @Override
    public String generateKeys(Path privatePem, Path publicPem) {
        for (Path p : List.of(privatePem, publicPem)) {
            if (Files.exists(p)) {
                throw new IllegalArgumentException(p + " exists already; keygen does not overwrite a key");
            }
        }
        KeyPair keys = SigningKeys.generate();
        try {
            Files.writeString(privatePem, "", StandardCharsets.US_ASCII);
            if (privatePem.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(privatePem, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(privatePem, SigningKeys.privatePem(keys.getPrivate()), StandardCharsets.US_ASCII);
            Files.writeString(publicPem, SigningKeys.publicPem(keys.getPublic()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SigningKeys.keyId(keys.getPublic());
    }

    @Override
    public BundleIdentity sign(Path directory, Path privatePem, Path publicPem) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(directory + " is not a bundle directory: sign the directory, then "
                    + "zip it or package it as a jar");
        }
        List<BundleProblem> problems = validate(directory);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(directory + " is not signed: it has " + problems.size()
                    + (problems.size() == 1 ? " problem: " : " problems: ")
                    + String.join("; ", problems.stream().map(BundleProblem::toString).toList()));
        }
        PrivateKey privateKey;
        PublicKey publicKey;
        try {
            privateKey = SigningKeys.readPrivate(readKey(privatePem));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("private key " + privatePem
                    + " is not an Ed25519 private key in PKCS#8 PEM: " + e.getMessage(), e);
        }
        try {
            publicKey = SigningKeys.readPublic(readKey(publicPem));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("public key " + publicPem
                    + " is not an Ed25519 public key in X.509 PEM: " + e.getMessage(), e);
        }
        if (!pair(privateKey, publicKey)) {
            throw new IllegalArgumentException("public key " + publicPem + " (key " + SigningKeys.keyId(publicKey)
                    + ") is not the public key of " + privatePem);
        }
        String keyId = BundleSigner.sign(directory, new KeyPair(publicKey, privateKey));
        JsonNode identity = readJson(new ObjectMapper(), BundleFiles.read(directory), Bundle.IDENTITY,
                new ArrayList<>()).orElseThrow();
        return new BundleIdentity(identity.path("id").asText(), identity.path("version").asText(),
                identity.path("jurisdiction").asText(), keyId);
    }

    @Override
    public BundleIdentity verify(Path bundle, List<Path> trustedKeys) {
        Bundle read = new BundleReader(new BundleVerifier(TrustStore.read(trustedKeys), UnsignedBundles.REFUSE))
                .read(bundle);
        PackStore.load(new PackBundles(List.of(bundle), trustedKeys, UnsignedBundles.REFUSE));
        return new BundleIdentity(read.pack().id(), read.pack().version(), read.pack().jurisdiction(),
                read.signingKeyId());
    }

    @Override
    public String keyId(Path publicPem) {
        try {
            return SigningKeys.keyId(SigningKeys.readPublic(readKey(publicPem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("public key " + publicPem
                    + " is not an Ed25519 public key in X.509 PEM: " + e.getMessage(), e);
        }
    }

    /** Reads the content as the engine would, from a copy without the signature; the refusal, if any. */
    private static Optional<BundleProblem> engineCheck(Path bundle, SortedMap<String, byte[]> files) {
        Path copy = null;
        try {
            copy = Files.createTempDirectory("m4sd-validate");
            for (var file : files.entrySet()) {
                if (!file.getKey().equals(MANIFEST) && !file.getKey().equals(SIGNATURE)) {
                    Path target = copy.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.getValue());
                }
            }
            PackStore.load(new PackBundles(List.of(copy), List.of(), UnsignedBundles.ACCEPT_AND_RECORD));
            return Optional.empty();
        } catch (PackBundleException e) {
            String file = e.file().orElse(bundle.toString());
            String reason = e.reason().startsWith(file + ": ") ? e.reason().substring(file.length() + 2)
                    : e.reason();
            return Optional.of(new BundleProblem(file, "", reason + " (" + e.refusal() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(copy);
        }
    }

    private static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checks of one topic file, collecting every problem. */
    private static final class TopicCheck {
        private final String file;
        private final String jurisdiction;
        private final Map<String, Parameter> chain;
        private final Set<String> shippedNames;
        private final Map<String, String> givenIn;
        private final List<BundleProblem> problems;

        TopicCheck(String file, String jurisdiction, Map<String, Parameter> chain, Set<String> shippedNames,
                Map<String, String> givenIn, List<BundleProblem> problems) {
            this.file = file;
            this.jurisdiction = jurisdiction;
            this.chain = chain;
            this.shippedNames = shippedNames;
            this.givenIn = givenIn;
            this.problems = problems;
        }

        void check(JsonNode root) {
            for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
                String field = it.next();
                if (!TOPIC_FIELDS.contains(field)) {
                    problem(field, "is not a field of a topic file (inherited, parameters, tables)");
                }
            }
            Set<String> given = new HashSet<>();
            JsonNode parameters = root.path("parameters");
            if (!parameters.isMissingNode() && !parameters.isArray()) {
                problem("parameters", "must be a list");
            }
            int i = 0;
            for (JsonNode p : parameters.isArray() ? parameters : List.<JsonNode>of()) {
                parameter("parameters[" + i++ + "]", p).ifPresent(given::add);
            }
            JsonNode inherited = root.path("inherited");
            if (!inherited.isMissingNode() && !inherited.isArray()) {
                problem("inherited", "must be a list of parameter names");
            }
            Set<String> listed = new HashSet<>();
            int k = 0;
            for (JsonNode name : inherited.isArray() ? inherited : List.<JsonNode>of()) {
                String at = "inherited[" + k++ + "]";
                if (!name.isTextual() || name.asText().isBlank()) {
                    problem(at, "must be a parameter name");
                } else if (!listed.add(name.asText())) {
                    problem(at, name.asText() + " is listed twice");
                } else if (given.contains(name.asText())) {
                    problem(at, name.asText() + " is both inherited and given in \"parameters\"; remove it here");
                } else if (!chain.containsKey(name.asText())) {
                    problem(at, name.asText() + " is not a parameter of the pack this bundle extends");
                }
            }
            JsonNode tables = root.path("tables");
            if (!tables.isMissingNode() && !tables.isObject()) {
                problem("tables", "must be an object of tables by name");
            }
            JsonNode agreements = tables.path("agreements");
            if (!agreements.isMissingNode()) {
                agreements(agreements);
            }
        }

        private Optional<String> parameter(String at, JsonNode p) {
            if (!p.isObject()) {
                problem(at, "must be an object {name, unit, description, values}");
                return Optional.empty();
            }
            for (Iterator<String> it = p.fieldNames(); it.hasNext();) {
                String field = it.next();
                if (!Set.of("name", "unit", "description", "values").contains(field)) {
                    problem(at + "." + field, "is not a field of a parameter (name, unit, description, values)");
                }
            }
            String name = p.path("name").asText("");
            if (name.isBlank()) {
                problem(at + ".name", "is required");
                return Optional.empty();
            }
            String other = givenIn.putIfAbsent(name, file + " " + at);
            if (other != null) {
                problem(at + ".name", name + " is given twice; also in " + other);
            }
            if (!shippedNames.contains(name)) {
                problem(at + ".name", name + " is not a parameter the rules read (no shipped pack has it)");
            }
            String unit = p.path("unit").asText("");
            if (unit.isBlank()) {
                problem(at + ".unit", "is required (the unit its values are in)");
            } else if (chain.containsKey(name) && !chain.get(name).unit().equals(unit)) {
                problem(at + ".unit", "\"" + unit + "\": the pack this bundle extends gives " + name + " in \""
                        + chain.get(name).unit() + "\"");
            }
            JsonNode values = p.path("values");
            if (!values.isArray() || values.isEmpty()) {
                problem(at + ".values", "at least one dated value is required");
                return Optional.of(name);
            }
            List<LocalDate[]> periods = new ArrayList<>();
            for (int j = 0; j < values.size(); j++) {
                LocalDate[] period = value(at + ".values[" + j + "]", values.get(j));
                if (period != null) {
                    for (int q = 0; q < periods.size(); q++) {
                        LocalDate[] before = periods.get(q);
                        if (before != null && !period[0].isAfter(before[1]) && !before[0].isAfter(period[1])) {
                            problem(at + ".values[" + j + "]", name + " from " + period[0] + " overlaps values["
                                    + q + "] from " + before[0]);
                        }
                    }
                }
                periods.add(period);
            }
            return Optional.of(name);
        }

        /** Checks one dated value; its period, or null where its dates do not read. */
        private LocalDate[] value(String at, JsonNode v) {
            if (!v.isObject()) {
                problem(at, "must be an object {validFrom, validTo, value, source, note}");
                return null;
            }
            if (!v.hasNonNull("value")) {
                problem(at + ".value", "is required");
            }
            source(at + ".source", v.path("source"));
            LocalDate from = date(at + ".validFrom", v.path("validFrom"), true);
            LocalDate to = date(at + ".validTo", v.path("validTo"), false);
            if (from != null && to != null && to.isBefore(from)) {
                problem(at + ".validTo", to + " is before validFrom " + from);
                return null;
            }
            return from == null ? null : new LocalDate[] {from, to == null ? LocalDate.MAX : to};
        }

        private void source(String at, JsonNode source) {
            if (!source.isObject()) {
                problem(at, "is required: {instrument, article, url, status}");
                return;
            }
            if (source.path("instrument").asText("").isBlank()) {
                problem(at + ".instrument", "is required (the law, treaty or survey the value comes from)");
            }
            JsonNode status = source.path("status");
            if (status.isMissingNode() || status.isNull()) {
                problem(at + ".status", "is required: V (verified in the text), S (secondary source) or B "
                        + "(best available, unconfirmed)");
            } else if (!STATUSES.contains(status.asText())) {
                problem(at + ".status", "\"" + status.asText() + "\" is not V, S or B");
            }
        }

        private LocalDate date(String at, JsonNode node, boolean required) {
            if (node.isMissingNode() || node.isNull()) {
                if (required) {
                    problem(at, "is required (YYYY-MM-DD)");
                }
                return null;
            }
            try {
                return LocalDate.parse(node.asText());
            } catch (DateTimeParseException e) {
                problem(at, "\"" + node.asText() + "\" is not a date YYYY-MM-DD");
                return null;
            }
        }

        private void agreements(JsonNode agreements) {
            if (!agreements.isArray()) {
                problem("tables.agreements", "must be a list of agreements");
                return;
            }
            for (int a = 0; a < agreements.size(); a++) {
                String at = "tables.agreements[" + a + "]";
                JsonNode agreement = agreements.get(a);
                if (agreement.path("id").asText("").isBlank()) {
                    problem(at + ".id", "is required");
                }
                JsonNode parties = agreement.path("parties");
                if (!parties.isArray() || parties.size() < 2) {
                    problem(at + ".parties", "at least two parties (ISO 3166-1 alpha-3 codes) are required");
                    continue;
                }
                Set<String> seen = new HashSet<>();
                for (int q = 0; q < parties.size(); q++) {
                    String party = parties.get(q).asText("");
                    if (!COUNTRIES.contains(party)) {
                        problem(at + ".parties[" + q + "]", "\"" + party
                                + "\" is not an ISO 3166-1 alpha-3 country code");
                    } else if (!seen.add(party)) {
                        problem(at + ".parties[" + q + "]", party + " is listed twice");
                    }
                }
                if (!jurisdiction.isEmpty() && !seen.contains(jurisdiction)) {
                    problem(at + ".parties", "the bundle's jurisdiction " + jurisdiction + " is not a party");
                }
                source(at + ".source", agreement.path("source"));
            }
        }

        private void problem(String path, String message) {
            problems.add(new BundleProblem(file, path, message));
        }
    }

    private static Optional<JsonNode> readJson(ObjectMapper mapper, Map<String, byte[]> files, String file,
            List<BundleProblem> problems) {
        byte[] bytes = files.get(file);
        if (bytes == null) {
            problems.add(new BundleProblem(file, "", "is missing"));
            return Optional.empty();
        }
        try {
            JsonNode node = mapper.readTree(bytes);
            if (node == null || !node.isObject()) {
                problems.add(new BundleProblem(file, "", "is not a JSON object"));
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (IOException e) {
            problems.add(new BundleProblem(file, "", "is not JSON: " + e.getMessage().lines().findFirst()
                    .orElse("")));
            return Optional.empty();
        }
    }

    private static Optional<JsonNode> shippedTopic(ObjectMapper mapper, String pack, String topic)
            throws IOException {
        try (InputStream in = ShippedBundleTooling.class.getClassLoader()
                .getResourceAsStream(SHIPPED + pack + "/" + topic + ".json")) {
            return in == null ? Optional.empty() : Optional.of(mapper.readTree(in));
        }
    }

    private static void write(Path file, ObjectMapper mapper, JsonNode node) throws IOException {
        Files.writeString(file, mapper.writeValueAsString(node) + "\n", StandardCharsets.UTF_8);
    }

    private static boolean isEmptyDirectory(Path directory) {
        try (Stream<Path> list = Files.list(directory)) {
            return list.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The running SDK's minor versions: {@code [0.1.0,0.2.0)} before 1.0, {@code [1.0.0,2.0.0)} from it. */
    static String sdkRange() {
        String[] parts = SdkVersion.version().replaceFirst("-.*", "").split("\\.");
        int major = Integer.parseInt(parts[0]);
        int minor = Integer.parseInt(parts[1]);
        return major == 0 ? "[0." + minor + ".0,0." + (minor + 1) + ".0)" : "[" + major + ".0.0," + (major + 1)
                + ".0.0)";
    }

    private static String majorRange(String version) {
        int major = Integer.parseInt(version.split("\\.")[0]);
        return "[" + major + ".0.0," + (major + 1) + ".0.0)";
    }

    private static String readKey(Path pem) {
        try {
            return Files.readString(pem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException("key file " + pem + " cannot be read: " + e, e);
        }
    }

    private static boolean pair(PrivateKey privateKey, PublicKey publicKey) {
        try {
            byte[] probe = "m4sd key pair check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }
}
