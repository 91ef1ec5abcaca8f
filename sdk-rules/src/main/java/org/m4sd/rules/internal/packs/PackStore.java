package org.m4sd.rules.internal.packs;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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

    private final Map<String, Pack> packsById;
    private final Map<String, String> extendsById;
    private final Map<String, Pack> packsByJurisdiction;
    private final Map<String, RulePackRef> refs;
    private final Map<String, byte[]> sharedContent;

    private PackStore(Map<String, Pack> packsById, Map<String, String> extendsById, Map<String, byte[]> sharedContent,
            Map<String, byte[]> packBytes, Map<String, String> signingKeys) {
        // In load order: international first, then the shipped overlays, then the bundles.
        this.packsById = Collections.unmodifiableMap(new LinkedHashMap<>(packsById));
        this.extendsById = Map.copyOf(extendsById);
        this.sharedContent = sharedContent;
        var byJurisdiction = new LinkedHashMap<String, Pack>();
        // In load order, so that a bundle replaces the pack it extends as the one deciding for its jurisdiction.
        packsById.values().stream().filter(p -> p.jurisdiction() != null)
                .forEach(p -> byJurisdiction.put(p.jurisdiction(), p));
        this.packsByJurisdiction = Map.copyOf(byJurisdiction);
        var r = new LinkedHashMap<String, RulePackRef>();
        for (Pack p : packsById.values()) {
            r.put(p.id(), new RulePackRef(p.id(), p.version(), digest(p, packBytes),
                    Optional.ofNullable(signingKeys.get(p.id()))));
        }
        this.refs = r;
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
     * {@code MANIFEST}), then each bundle in order, verified and checked against the pack it extends.
     *
     * @throws PackBundleException when a bundle is refused
     */
    public static PackStore load(PackBundles bundles) {
        ObjectMapper mapper = PackData.mapper();
        JsonNode index = readTree(mapper, BASE + "index.json");
        var shared = new LinkedHashMap<String, byte[]>();
        for (JsonNode path : index.path("sharedContent")) {
            shared.put(path.asText(), bytes(path.asText()));
        }
        var packs = new LinkedHashMap<String, Pack>();
        var parents = new LinkedHashMap<String, String>();
        var packBytes = new LinkedHashMap<String, byte[]>();
        for (JsonNode id : index.path("packs")) {
            var files = shippedFiles(id.asText());
            packBytes.put(id.asText(), concat(files));
            Pack pack = parse(mapper, files);
            packs.put(id.asText(), pack);
            if (!pack.id().equals(INTERNATIONAL)) {
                parents.put(pack.id(), INTERNATIONAL);
            }
        }
        if (!packs.containsKey(INTERNATIONAL)) {
            throw new IllegalStateException("the international pack is missing from " + BASE + "index.json");
        }
        var signingKeys = new LinkedHashMap<String, String>();
        if (!bundles.bundles().isEmpty()) {
            var reader = new BundleReader(new BundleVerifier(TrustStore.read(bundles.trustedKeys()),
                    bundles.unsigned()));
            for (Path path : bundles.bundles()) {
                Bundle bundle = reader.read(path);
                checkBase(bundle, packs, parents);
                Pack pack = bundle.pack();
                packs.put(pack.id(), pack);
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
    private static void checkBase(Bundle bundle, Map<String, Pack> packs, Map<String, String> parents) {
        Pack base = packs.get(bundle.extendsId());
        String source = bundle.source();
        if (base == null) {
            throw new PackBundleException(source, Refusal.BASE_PACK_MISSING, "it extends pack "
                    + bundle.extendsId() + ", which is not loaded (loaded: " + String.join(", ", packs.keySet())
                    + ")", Bundle.IDENTITY);
        }
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
            for (Pack p = base; p != null; p = packs.get(parents.get(p.id()))) {
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
        return packsById.get(INTERNATIONAL);
    }

    /** The country overlay for a jurisdiction, if one is shipped. */
    public Optional<Pack> overlay(String jurisdiction) {
        return Optional.ofNullable(packsByJurisdiction.get(jurisdiction));
    }

    /** The pack that decides for this jurisdiction: its overlay, or the international pack. */
    public RulePackRef deciding(String jurisdiction) {
        return refs.get(overlay(jurisdiction).map(Pack::id).orElse(INTERNATIONAL));
    }

    /** Every pack, the international one first. */
    public List<RulePackRef> refs() {
        return List.copyOf(refs.values());
    }

    public List<Pack> packs() {
        return List.copyOf(packsById.values());
    }

    /**
     * The value of {@code name} in force on {@code day} for {@code jurisdiction}: the overlay's if it has one,
     * else the international default.
     *
     * @throws IllegalStateException when no pack has a value in force (a pack data error, not a user error)
     */
    public Resolved resolve(String name, String jurisdiction, LocalDate day) {
        return find(name, jurisdiction, day).orElseThrow(() -> new IllegalStateException(
                "no value of parameter " + name + " in force on " + day + " for " + jurisdiction));
    }

    /** As {@link #resolve}, empty where no pack has a value in force. */
    public Optional<Resolved> find(String name, String jurisdiction, LocalDate day) {
        for (Pack pack : chain(jurisdiction)) {
            Optional<ParameterValue> v = pack.parameter(name).flatMap(p -> p.inForceOn(day));
            if (v.isPresent()) {
                return Optional.of(new Resolved(name, pack.id(), pack.id().equals(INTERNATIONAL), v.get()));
            }
        }
        return Optional.empty();
    }

    /** A country table (agreements, fee policies ...) for a jurisdiction, from the most specific pack that has it. */
    public Optional<JsonNode> table(String name, String jurisdiction) {
        for (Pack pack : chain(jurisdiction)) {
            Optional<JsonNode> table = pack.table(name);
            if (table.isPresent()) {
                return table;
            }
        }
        return Optional.empty();
    }

    /** The packs that decide for a jurisdiction, the most specific first and {@code international} last. */
    private List<Pack> chain(String jurisdiction) {
        List<Pack> chain = new ArrayList<>(3);
        Pack pack = packsByJurisdiction.getOrDefault(jurisdiction, international());
        chain.add(pack);
        for (String parent = extendsById.get(pack.id()); parent != null; parent = extendsById.get(parent)) {
            chain.add(packsById.get(parent));
        }
        return chain;
    }

    private String digest(Pack pack, Map<String, byte[]> packBytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (var e : sharedContent.entrySet()) {
                update(sha, e.getKey(), e.getValue());
            }
            // From international down to the pack, as a shipped overlay has always been hashed.
            List<String> ids = new ArrayList<>();
            for (String id = pack.id(); id != null; id = extendsById.get(id)) {
                ids.add(0, id);
            }
            for (String id : ids) {
                update(sha, id, packBytes.get(id));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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

    private static Pack parse(ObjectMapper mapper, Map<String, byte[]> files) {
        var identity = files.entrySet().iterator().next();
        String resource = identity.getKey();
        try {
            JsonNode root = mapper.readTree(identity.getValue());
            String jurisdiction = root.hasNonNull("jurisdiction") ? root.get("jurisdiction").asText() : null;
            PackData data = PackData.read(mapper, files);
            return new Pack(text(root, "id", resource), text(root, "version", resource), jurisdiction,
                    text(root, "name", resource), root.path("description").asText(), data.parameters(),
                    data.tables());
        } catch (IOException e) {
            throw new IllegalStateException("invalid rule pack file " + resource + ": " + e.getMessage(), e);
        } catch (PackData.InvalidFile e) {
            throw new IllegalStateException("invalid rule pack file " + e.getMessage(), e);
        }
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

    private static JsonNode readTree(ObjectMapper mapper, String resource) {
        try {
            return mapper.readTree(bytes(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
