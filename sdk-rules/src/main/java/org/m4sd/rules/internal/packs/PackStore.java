package org.m4sd.rules.internal.packs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.m4sd.sdk.PackBundleException;
import org.m4sd.sdk.PackBundleException.Refusal;
import org.m4sd.sdk.PackBundles;
import org.m4sd.sdk.decision.RulePackRef;

/**
 * The rule packs: those shipped in sdk-rules ({@code international} and the country overlays, loaded from
 * {@code org/m4sd/rules/packs/}) and any bundles given to the engine. Each country pack extends another pack
 * (a shipped overlay extends {@code international}); a parameter or table is resolved for a jurisdiction and date
 * along that chain, the most specific pack first.
 */
public final class PackStore {
    public static final String INTERNATIONAL = "international";
    private static final String BASE = "org/m4sd/rules/packs/";
    /** How to bring the shipped packs' manifests up to date after a pack file was edited on purpose. */
    static final String REGENERATE = "after editing a pack file, regenerate the manifests with ./mvnw -B -ntp -o -q "
            + "-pl sdk-core,sdk-framework,sdk-rules test -Djapicmp.skip -Dtest=ShippedManifestsTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dpacks.manifests=write";

    /** In load order: international first, then the shipped overlays, then the bundles. */
    private final Map<String, Loaded> packsById;
    private final Map<String, String> extendsById;
    private final Map<String, Loaded> packsByJurisdiction;
    private final Map<Class<?>, Map<?, ?>> caches = new ConcurrentHashMap<>();
    private final Map<String, byte[]> packBytes;
    private final Map<String, String> signingKeys;
    /**
     * Each deciding pack's chain, built when first used; keyed by pack id, not by the request's jurisdiction, so that
     * it holds no more entries than there are packs.
     */
    private final Map<String, Pack[]> chains = new ConcurrentHashMap<>();
    /** By parameter value, compared by identity: {@link #resolved}. */
    private volatile Map<ParameterValue, Optional<Resolved>> resolvedValues = new IdentityHashMap<>();
    private final Object resolvedLock = new Object();
    /**
     * By deciding pack id (as the chains, so that it holds no more entries than there are packs), then parameter:
     * the days its values change on, found when first asked for.
     */
    private final Map<String, Map<String, List<LocalDate>>> changeDays = new ConcurrentHashMap<>();
    /** Each pack's reference, with its digest computed when first asked for. */
    private final Map<String, RulePackRef> refs = new ConcurrentHashMap<>();
    private final Map<String, byte[]> sharedContent;
    /** The SHA-256 state after the shared content and the international pack: where every digest starts. */
    private volatile MessageDigest digestPrefix;

    private PackStore(Map<String, Loaded> packsById, Map<String, String> extendsById, Map<String, byte[]> sharedContent,
            Map<String, byte[]> packBytes, Map<String, String> signingKeys) {
        this.packsById = Collections.unmodifiableMap(new LinkedHashMap<>(packsById));
        this.extendsById = Map.copyOf(extendsById);
        this.sharedContent = sharedContent;
        this.packBytes = Map.copyOf(packBytes);
        this.signingKeys = Map.copyOf(signingKeys);
        var byJurisdiction = new LinkedHashMap<String, Loaded>();
        // In load order, so that a bundle replaces the pack it extends as the one deciding for its jurisdiction.
        packsById.values().stream().filter(p -> p.jurisdiction() != null)
                .forEach(p -> byJurisdiction.put(p.jurisdiction(), p));
        this.packsByJurisdiction = Map.copyOf(byJurisdiction);
    }

    /**
     * A pack whose identity is read at load and whose parameters and tables are parsed when first used: a decision
     * reads the packs of its jurisdiction only. A shipped pack's files are checked against its manifest at load,
     * and a bundle is read whole at load, so that parsing later cannot refuse what loading accepted.
     */
    private static final class Loaded {
        private final String id;
        private final String version;
        private final String jurisdiction;
        private final Supplier<Pack> parse;
        private volatile Pack pack;

        Loaded(String id, String version, String jurisdiction, Supplier<Pack> parse) {
            this.id = id;
            this.version = version;
            this.jurisdiction = jurisdiction;
            this.parse = parse;
        }

        Loaded(Pack pack) {
            this(pack.id(), pack.version(), pack.jurisdiction(), null);
            this.pack = pack;
        }

        String id() {
            return id;
        }

        String version() {
            return version;
        }

        String jurisdiction() {
            return jurisdiction;
        }

        Pack pack() {
            Pack read = pack;
            if (read == null) {
                synchronized (this) {
                    read = pack;
                    if (read == null) {
                        read = parse.get();
                        pack = read;
                    }
                }
            }
            return read;
        }
    }

    /** The topics a pack's data is split into: one file per knowledge base, each optional. */
    public static final List<String> TOPICS = List.of("health", "education", "socialsecurity", "employment");

    /** The shipped packs only. */
    public static PackStore load() {
        return load(PackBundles.none());
    }

    /**
     * Loads every pack named in {@code org/m4sd/rules/packs/index.json} ({@code <id>/pack.json} for identity,
     * then {@code <id>/<topic>.json} for each topic the pack has data for, each checked against the pack's
     * {@code MANIFEST}), then each bundle in order, verified and checked against the pack it extends. The
     * international pack and the bundles are parsed now; a shipped overlay's parameters and tables when a decision
     * first reads them.
     *
     * @throws PackBundleException when a bundle is refused
     */
    public static PackStore load(PackBundles bundles) {
        // A cold JVM's first ObjectMapper and first pack (databind's classes, static state and deserializers) take
        // about as long as reading and checking every shipped pack's files, which needs no mapper: a thread of its
        // own makes the mapper and parses the international pack, which every decision reads, while this one reads
        // and checks the files.
        CompletableFuture<Map<String, byte[]>> internationalFiles = new CompletableFuture<>();
        Background<Parsing> parsing = Background.start("m4sd-pack-parser", () -> {
            ObjectMapper mapper = PackData.mapper();
            Loaded international = shipped(mapper, internationalFiles.join());
            international.pack();
            return new Parsing(mapper, international);
        });
        var shared = new LinkedHashMap<String, byte[]>();
        var packFiles = new LinkedHashMap<String, Map<String, byte[]>>();
        try {
            Map<String, List<String>> index = stringArrays(BASE + "index.json");
            List<String> ids = index.getOrDefault("packs", List.of());
            if (!ids.contains(INTERNATIONAL)) {
                throw new IllegalStateException("the international pack is missing from " + BASE + "index.json");
            }
            packFiles.put(INTERNATIONAL, shippedFiles(INTERNATIONAL));
            internationalFiles.complete(packFiles.get(INTERNATIONAL));
            for (String id : ids) {
                packFiles.putIfAbsent(id, shippedFiles(id));
            }
            for (String path : index.getOrDefault("sharedContent", List.of())) {
                shared.put(path, bytes(path));
            }
        } finally {
            // after an error above, the parser has nothing to wait for (no effect once the files were handed over)
            internationalFiles.completeExceptionally(new IllegalStateException("the international pack was not read"));
        }
        Parsing parsed = parsing.join();
        var packs = new LinkedHashMap<String, Loaded>();
        var parents = new LinkedHashMap<String, String>();
        var packBytes = new LinkedHashMap<String, byte[]>();
        for (var files : packFiles.entrySet()) {
            packBytes.put(files.getKey(), concat(files.getValue()));
            Loaded pack = files.getKey().equals(INTERNATIONAL) ? parsed.international()
                    : shipped(parsed.mapper(), files.getValue());
            packs.put(files.getKey(), pack);
            if (!pack.id().equals(INTERNATIONAL)) {
                parents.put(pack.id(), INTERNATIONAL);
            }
        }
        var signingKeys = new LinkedHashMap<String, String>();
        if (!bundles.bundles().isEmpty()) {
            var reader = new BundleReader(new BundleVerifier(TrustStore.read(bundles.trustedKeys()),
                    bundles.unsigned()));
            for (Path path : bundles.bundles()) {
                Bundle bundle = reader.read(path);
                checkBase(bundle, packs, parents);
                Pack pack = bundle.pack();
                packs.put(pack.id(), new Loaded(pack));
                parents.put(pack.id(), bundle.extendsId());
                packBytes.put(pack.id(), concat(bundle.content()));
                signingKeys.put(pack.id(), bundle.signingKeyId());
            }
        }
        return new PackStore(packs, parents, shared, packBytes, signingKeys);
    }

    /**
     * The files of a shipped pack, checked against the MANIFEST beside them. The shipped packs are trusted because
     * the SDK jar they ship in is what a release signs; the check at load makes a pack file changed without its
     * manifest (by hand, or in a repackaged jar) fail loudly instead of deciding quietly.
     */
    private static Map<String, byte[]> shippedFiles(String id) {
        var files = new LinkedHashMap<String, byte[]>();
        var byName = new TreeMap<String, byte[]>();
        byte[] identity = bytes(BASE + id + "/pack.json");
        files.put(BASE + id + "/pack.json", identity);
        byName.put("pack.json", identity);
        for (String topic : TOPICS) {
            String resource = BASE + id + "/" + topic + ".json";
            optionalBytes(resource).ifPresent(b -> {
                files.put(resource, b);
                byName.put(topic + ".json", b);
            });
        }
        byte[] manifest = optionalBytes(BASE + id + "/" + Manifest.FILE).orElseThrow(() -> new IllegalStateException(
                "shipped pack " + id + " has no " + Manifest.FILE + "; " + REGENERATE));
        try {
            BundleVerifier.checkFiles("shipped pack " + id, Manifest.parse(manifest), byName);
        } catch (PackBundleException | IllegalArgumentException e) {
            throw new IllegalStateException("shipped pack " + id + " does not match its " + Manifest.FILE + ": "
                    + e.getMessage() + "; " + REGENERATE, e);
        }
        return files;
    }

    /**
     * A bundle extends a pack already loaded, in the version range it names; it is the only pack of its id, and
     * where its jurisdiction already has a pack, it extends that one, so that one jurisdiction has one chain.
     */
    private static void checkBase(Bundle bundle, Map<String, Loaded> packs, Map<String, String> parents) {
        Loaded loaded = packs.get(bundle.extendsId());
        String source = bundle.source();
        if (loaded == null) {
            throw new PackBundleException(source, Refusal.BASE_PACK_MISSING, "it extends pack "
                    + bundle.extendsId() + ", which is not loaded (loaded: " + String.join(", ", packs.keySet())
                    + ")", Bundle.IDENTITY);
        }
        Pack base = loaded.pack();
        if (!bundle.extendsVersions().contains(base.version())) {
            throw new PackBundleException(source, Refusal.BASE_PACK_MISSING, "it extends pack " + base.id()
                    + " " + bundle.extendsVersions() + ", the loaded " + base.id() + " is version " + base.version(),
                    Bundle.IDENTITY);
        }
        Pack pack = bundle.pack();
        if (packs.containsKey(pack.id())) {
            throw new PackBundleException(source, Refusal.INVALID, Bundle.IDENTITY + ": field \"id\": a pack "
                    + pack.id() + " is already loaded; a bundle has an id of its own", Bundle.IDENTITY);
        }
        if (base.jurisdiction() != null && !base.jurisdiction().equals(pack.jurisdiction())) {
            throw new PackBundleException(source, Refusal.INVALID, Bundle.IDENTITY + ": field \"jurisdiction\": "
                    + pack.jurisdiction() + ", but the pack it extends, " + base.id() + ", is for "
                    + base.jurisdiction(), Bundle.IDENTITY);
        }
        packs.values().stream().filter(p -> pack.jurisdiction().equals(p.jurisdiction())).reduce((a, b) -> b)
                .filter(current -> !current.id().equals(base.id())).ifPresent(current -> {
                    throw new PackBundleException(source, Refusal.INVALID, Bundle.IDENTITY + ": field \"extends\": "
                            + "pack " + current.id() + " already decides for " + pack.jurisdiction()
                            + "; a bundle for " + pack.jurisdiction() + " extends it", Bundle.IDENTITY);
                });
        for (Parameter parameter : pack.parameters().values()) {
            for (Pack p = base; p != null; p = Optional.ofNullable(packs.get(parents.get(p.id()))).map(Loaded::pack)
                    .orElse(null)) {
                var inherited = p.parameter(parameter.name());
                if (inherited.isPresent()) {
                    if (!inherited.get().unit().equals(parameter.unit())) {
                        throw new PackBundleException(source, Refusal.INVALID, "parameter " + parameter.name()
                                + " has unit \"" + parameter.unit() + "\", the pack it extends (" + p.id()
                                + ") has \"" + inherited.get().unit() + "\"", null);
                    }
                    break;
                }
            }
        }
    }

    public Pack international() {
        return packsById.get(INTERNATIONAL).pack();
    }

    /** The country overlay for a jurisdiction, if one is shipped. */
    public Optional<Pack> overlay(String jurisdiction) {
        return Optional.ofNullable(packsByJurisdiction.get(jurisdiction)).map(Loaded::pack);
    }

    /** The pack that decides for this jurisdiction: its overlay, or the international pack. */
    public RulePackRef deciding(String jurisdiction) {
        Loaded overlay = packsByJurisdiction.get(jurisdiction);
        return ref(overlay == null ? INTERNATIONAL : overlay.id());
    }

    /** Every pack, the international one first. */
    public List<RulePackRef> refs() {
        List<RulePackRef> all = new ArrayList<>(packsById.size());
        for (String id : packsById.keySet()) {
            all.add(ref(id));
        }
        return List.copyOf(all);
    }

    public List<Pack> packs() {
        List<Pack> all = new ArrayList<>(packsById.size());
        for (Loaded loaded : packsById.values()) {
            all.add(loaded.pack());
        }
        return List.copyOf(all);
    }

    /**
     * The value of {@code name} in force on {@code day} for {@code jurisdiction}: the overlay's if it has one,
     * else the international default.
     *
     * @throws IllegalStateException when no pack has a value in force (a pack data error, not a user error)
     */
    public Resolved resolve(String name, String jurisdiction, LocalDate day) {
        Optional<Resolved> found = find(name, jurisdiction, day);
        if (found.isEmpty()) {
            throw new IllegalStateException(
                    "no value of parameter " + name + " in force on " + day + " for " + jurisdiction);
        }
        return found.get();
    }

    /** As {@link #resolve}, empty where no pack has a value in force. */
    public Optional<Resolved> find(String name, String jurisdiction, LocalDate day) {
        // Read many times for every decision: no stream, no lambda, no list built per call.
        for (Pack pack : chain(jurisdiction)) {
            Parameter parameter = pack.parameters().get(name);
            ParameterValue v = parameter == null ? null : parameter.valueOn(day);
            if (v != null) {
                return resolved(name, pack, v);
            }
        }
        return Optional.empty();
    }

    /**
     * The value as found in the pack, made once per value: read for almost every criterion, and the same few
     * hundred values of the packs every time. The map is only ever replaced, so reads need no lock.
     */
    private Optional<Resolved> resolved(String name, Pack pack, ParameterValue value) {
        Optional<Resolved> found = resolvedValues.get(value);
        if (found != null && found.get().packId().equals(pack.id()) && found.get().name().equals(name)) {
            return found;
        }
        Optional<Resolved> made = Optional.of(new Resolved(name, pack.id(), pack.id().equals(INTERNATIONAL), value));
        if (found == null) {
            synchronized (resolvedLock) {
                Map<ParameterValue, Optional<Resolved>> more = new IdentityHashMap<>(resolvedValues);
                more.putIfAbsent(value, made);
                resolvedValues = more;
            }
        }
        return made;
    }

    /**
     * The days on which a value of {@code name} in a pack that decides for the jurisdiction ({@link #deciding}, the
     * packs it extends, international) starts, or ends (the day after its last), in order, each once: between two
     * of them the parameter's value in force does not change. Found once per deciding pack and parameter: pack data
     * never changes once loaded.
     */
    public List<LocalDate> changeDays(String name, String jurisdiction) {
        Loaded overlay = packsByJurisdiction.get(jurisdiction);
        String packId = overlay == null ? INTERNATIONAL : overlay.id();
        Map<String, List<LocalDate>> byName = changeDays.get(packId);
        if (byName == null) {
            byName = changeDays.computeIfAbsent(packId, id -> new ConcurrentHashMap<>());
        }
        List<LocalDate> days = byName.get(name);
        return days != null ? days : byName.computeIfAbsent(name, n -> {
            TreeSet<LocalDate> found = new TreeSet<>();
            for (Pack pack : chain(jurisdiction)) {
                pack.parameter(n).ifPresent(parameter -> parameter.values().forEach(value -> {
                    found.add(value.validFrom());
                    if (value.validTo() != null) {
                        found.add(value.validTo().plusDays(1));
                    }
                }));
            }
            return List.copyOf(found);
        });
    }

    /** A country table (agreements, fee policies ...) for a jurisdiction, from the most specific pack that has it. */
    public Optional<JsonNode> table(String name, String jurisdiction) {
        for (Pack pack : chain(jurisdiction)) {
            JsonNode table = pack.tables().get(name);
            if (table != null) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }

    /**
     * A map of values computed from this store's pack data ({@code owner} names whose: one map each), kept as long
     * as the store. Pack data never changes once loaded, so a table parsed or a set of parameters built for the
     * values in force is kept for the next request; keeping it with the store, rather than in a static map, lets
     * it go with the store when an engine is closed and replaced (a service reloading its packs).
     */
    @SuppressWarnings("unchecked")
    public <K, V> Map<K, V> cache(Class<?> owner) {
        Map<?, ?> cache = caches.get(owner);
        return (Map<K, V>) (cache != null ? cache : caches.computeIfAbsent(owner, o -> new ConcurrentHashMap<>()));
    }

    /**
     * The packs that decide for a jurisdiction, the most specific first and {@code international} last: its overlay
     * (a bundle, where one extends the shipped pack), each pack that one extends, then international.
     */
    public List<Pack> decidingPacks(String jurisdiction) {
        return List.of(chain(jurisdiction));
    }

    /** The packs that decide for a jurisdiction, the most specific first and {@code international} last. */
    private Pack[] chain(String jurisdiction) {
        Loaded pack = packsByJurisdiction.getOrDefault(jurisdiction, packsById.get(INTERNATIONAL));
        Pack[] chain = chains.get(pack.id());
        if (chain == null) {
            List<Pack> packs = new ArrayList<>(3);
            packs.add(pack.pack());
            for (String parent = extendsById.get(pack.id()); parent != null; parent = extendsById.get(parent)) {
                packs.add(packsById.get(parent).pack());
            }
            chain = packs.toArray(Pack[]::new);
            chains.putIfAbsent(pack.id(), chain);
        }
        return chain;
    }

    private RulePackRef ref(String id) {
        return refs.computeIfAbsent(id, p -> new RulePackRef(p, packsById.get(p).version(), digest(p),
                Optional.ofNullable(signingKeys.get(p))));
    }

    /**
     * The SHA-256 of the shared content, then of each pack's files from international down to the pack, as a
     * shipped overlay has always been hashed. Every chain starts at international, so that part is hashed once.
     */
    private String digest(String id) {
        List<String> ids = new ArrayList<>();
        for (String p = id; p != null && !p.equals(INTERNATIONAL); p = extendsById.get(p)) {
            ids.add(0, p);
        }
        MessageDigest sha = prefix();
        for (String p : ids) {
            update(sha, p, packBytes.get(p));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A copy of the digest state after the shared content and the international pack. */
    private MessageDigest prefix() {
        MessageDigest prefix = digestPrefix;
        try {
            if (prefix == null) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (var e : sharedContent.entrySet()) {
                    update(sha, e.getKey(), e.getValue());
                }
                update(sha, INTERNATIONAL, packBytes.get(INTERNATIONAL));
                digestPrefix = sha;
                prefix = sha;
            }
            return (MessageDigest) prefix.clone();
        } catch (NoSuchAlgorithmException | CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 is missing or cannot be copied", e);
        }
    }

    private static void update(MessageDigest sha, String name, byte[] content) {
        // Length-prefixed so that moving bytes between two files changes the digest.
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(content);
    }

    /** A shipped pack: its identity read now, its parameters and tables when first used. */
    private static Loaded shipped(ObjectMapper mapper, Map<String, byte[]> files) {
        var identity = files.entrySet().iterator().next();
        String resource = identity.getKey();
        JsonNode root;
        try {
            root = mapper.readTree(identity.getValue());
        } catch (IOException e) {
            throw new IllegalStateException("invalid rule pack file " + resource + ": " + e.getMessage(), e);
        }
        String id = text(root, "id", resource);
        String version = text(root, "version", resource);
        String jurisdiction = root.hasNonNull("jurisdiction") ? root.get("jurisdiction").asText() : null;
        String name = text(root, "name", resource);
        String description = root.path("description").asText();
        return new Loaded(id, version, jurisdiction, () -> {
            try {
                PackData data = PackData.read(mapper, files);
                return new Pack(id, version, jurisdiction, name, description, data.parameters(), data.tables());
            } catch (PackData.InvalidFile e) {
                throw new IllegalStateException("invalid rule pack file " + e.getMessage(), e);
            }
        });
    }

    private static String text(JsonNode node, String field, String resource) {
        if (!node.hasNonNull(field) || node.get(field).asText().isBlank()) {
            throw new IllegalStateException(resource + ": missing \"" + field + "\"");
        }
        return node.get(field).asText();
    }

    private static byte[] concat(Map<String, byte[]> files) {
        var out = new java.io.ByteArrayOutputStream();
        for (var e : files.entrySet()) {
            out.writeBytes(e.getKey().getBytes(StandardCharsets.UTF_8));
            out.write(0);
            out.writeBytes(e.getValue());
            out.write(0);
        }
        return out.toByteArray();
    }

    static Optional<byte[]> optionalBytes(String resource) {
        try (InputStream in = PackStore.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mapper and the international pack, made on a thread of their own while the packs' files are read. */
    private record Parsing(ObjectMapper mapper, Loaded international) {
    }

    /**
     * The arrays of strings of a JSON object's fields (other fields skipped), read with Jackson's streaming parser,
     * which needs no mapper.
     */
    private static Map<String, List<String>> stringArrays(String resource) {
        var arrays = new LinkedHashMap<String, List<String>>();
        try (JsonParser parser = new JsonFactory().createParser(bytes(resource))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException(resource + ": not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    continue;
                }
                var values = new ArrayList<String>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    if (t != JsonToken.VALUE_STRING) {
                        throw new IllegalStateException(resource + ": field \"" + field + "\" holds " + t
                                + " where only strings are expected");
                    }
                    values.add(parser.getText());
                }
                arrays.put(field, values);
            }
        } catch (IOException e) {
            throw new IllegalStateException("invalid " + resource + ": " + e.getMessage(), e);
        }
        return arrays;
    }

    static byte[] bytes(String resource) {
        try (InputStream in = PackStore.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
