package org.m4sd.rules.internal.packs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.m4sd.sdk.decision.RulePackRef;

/**
 * The rule packs shipped in sdk-rules: {@code international} and the country overlays, loaded once from
 * {@code org/m4sd/rules/packs/}. Resolves a parameter for a jurisdiction and date, country value first.
 */
public final class PackStore {
    public static final String INTERNATIONAL = "international";
    private static final String BASE = "org/m4sd/rules/packs/";

    private final Map<String, Pack> packsById;
    private final Map<String, Pack> packsByJurisdiction;
    private final Map<String, RulePackRef> refs;
    private final Map<String, byte[]> sharedContent;

    private PackStore(Map<String, Pack> packsById, Map<String, byte[]> sharedContent, Map<String, byte[]> packBytes) {
        this.packsById = packsById;
        this.sharedContent = sharedContent;
        var byJurisdiction = new LinkedHashMap<String, Pack>();
        packsById.values().stream().filter(p -> p.jurisdiction() != null)
                .forEach(p -> byJurisdiction.put(p.jurisdiction(), p));
        this.packsByJurisdiction = Map.copyOf(byJurisdiction);
        var r = new LinkedHashMap<String, RulePackRef>();
        for (Pack p : packsById.values()) {
            r.put(p.id(), new RulePackRef(p.id(), p.version(), digest(p, packBytes)));
        }
        this.refs = r;
    }

    /** The topics a pack's data is split into: one file per knowledge base, each optional. */
    public static final List<String> TOPICS = List.of("health", "education", "socialsecurity", "employment");

    /**
     * Loads every pack named in {@code org/m4sd/rules/packs/index.json}: {@code <id>/pack.json} for identity,
     * then {@code <id>/<topic>.json} for each topic the pack has data for.
     */
    public static PackStore load() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        JsonNode index = readTree(mapper, BASE + "index.json");
        var shared = new LinkedHashMap<String, byte[]>();
        for (JsonNode path : index.path("sharedContent")) {
            shared.put(path.asText(), bytes(path.asText()));
        }
        var packs = new LinkedHashMap<String, Pack>();
        var packBytes = new LinkedHashMap<String, byte[]>();
        for (JsonNode id : index.path("packs")) {
            var files = new LinkedHashMap<String, byte[]>();
            files.put(BASE + id.asText() + "/pack.json", bytes(BASE + id.asText() + "/pack.json"));
            for (String topic : TOPICS) {
                String resource = BASE + id.asText() + "/" + topic + ".json";
                optionalBytes(resource).ifPresent(b -> files.put(resource, b));
            }
            packBytes.put(id.asText(), concat(files));
            packs.put(id.asText(), parse(mapper, files));
        }
        if (!packs.containsKey(INTERNATIONAL)) {
            throw new IllegalStateException("the international pack is missing from " + BASE + "index.json");
        }
        return new PackStore(packs, shared, packBytes);
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
        Optional<Pack> overlay = overlay(jurisdiction);
        if (overlay.isPresent()) {
            Optional<ParameterValue> v = overlay.get().parameter(name).flatMap(p -> p.inForceOn(day));
            if (v.isPresent()) {
                return Optional.of(new Resolved(name, overlay.get().id(), false, v.get()));
            }
        }
        return international().parameter(name).flatMap(p -> p.inForceOn(day))
                .map(v -> new Resolved(name, INTERNATIONAL, true, v));
    }

    /** A country table (agreements, fee policies ...) for a jurisdiction, falling back to the international one. */
    public Optional<JsonNode> table(String name, String jurisdiction) {
        return overlay(jurisdiction).flatMap(p -> p.table(name)).or(() -> international().table(name));
    }

    private String digest(Pack pack, Map<String, byte[]> packBytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (var e : sharedContent.entrySet()) {
                update(sha, e.getKey(), e.getValue());
            }
            update(sha, INTERNATIONAL, packBytes.get(INTERNATIONAL));
            if (!pack.id().equals(INTERNATIONAL)) {
                update(sha, pack.id(), packBytes.get(pack.id()));
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
        Pack pack = null;
        var params = new LinkedHashMap<String, Parameter>();
        var tables = new LinkedHashMap<String, JsonNode>();
        for (var file : files.entrySet()) {
            String resource = file.getKey();
            try {
                JsonNode root = mapper.readTree(file.getValue());
                if (pack == null) {
                    String jurisdiction = root.hasNonNull("jurisdiction") ? root.get("jurisdiction").asText() : null;
                    pack = new Pack(text(root, "id", resource), text(root, "version", resource), jurisdiction,
                            text(root, "name", resource), root.path("description").asText(), Map.of(), Map.of());
                }
                for (JsonNode p : root.path("parameters")) {
                    List<ParameterValue> values = new ArrayList<>();
                    for (JsonNode v : p.path("values")) {
                        values.add(mapper.treeToValue(v, ParameterValue.class));
                    }
                    String name = text(p, "name", resource);
                    if (params.put(name, new Parameter(name, p.path("unit").asText(),
                            p.path("description").asText(), values)) != null) {
                        throw new IllegalStateException("parameter " + name + " is defined twice");
                    }
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = root.path("tables").fields(); it.hasNext();) {
                    var e = it.next();
                    if (tables.put(e.getKey(), e.getValue()) != null) {
                        throw new IllegalStateException("table " + e.getKey() + " is defined twice");
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("invalid rule pack file " + resource + ": " + e.getMessage(), e);
            }
        }
        return new Pack(pack.id(), pack.version(), pack.jurisdiction(), pack.name(), pack.description(), params,
                tables);
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
