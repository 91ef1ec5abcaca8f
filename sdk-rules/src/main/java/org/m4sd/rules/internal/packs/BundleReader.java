package org.m4sd.rules.internal.packs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.m4sd.sdk.PackBundleException;
import org.m4sd.sdk.PackBundleException.Refusal;
import org.m4sd.sdk.SdkVersion;

/**
 * Reads a bundle: its files, verified ({@link BundleVerifier}) before anything in them is parsed, then its
 * identity ({@code bundle.json}) and its topic files. A bundle is data only; a file that is not its identity, a
 * topic file, a scenario file, the manifest or the signature is refused, so no code and no DRL can ride in one.
 */
public final class BundleReader {
    static final Pattern PACK_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Set<String> IDENTITY_FIELDS =
            Set.of("id", "version", "jurisdiction", "sdkVersions", "extends", "name", "description");
    private static final Set<String> EXTENDS_FIELDS = Set.of("id", "versions");
    private static final Set<String> TOPIC_FIELDS = Set.of("parameters", "tables", "inherited");
    private static final Set<String> PARAMETER_FIELDS = Set.of("name", "unit", "description", "values");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)
            .toArray(String[]::new));

    private final BundleVerifier verifier;
    private final ObjectMapper mapper = PackData.mapper();

    public BundleReader(BundleVerifier verifier) {
        this.verifier = verifier;
    }

    /**
     * Reads and verifies the bundle at {@code path}.
     *
     * @throws PackBundleException naming the refusal
     */
    public Bundle read(Path path) {
        String source = path.toString();
        SortedMap<String, byte[]> files = BundleFiles.read(path);
        String signingKeyId = verifier.verify(source, files);
        var topics = new LinkedHashMap<String, byte[]>();
        var content = new LinkedHashMap<String, byte[]>();
        for (var file : files.entrySet()) {
            String name = file.getKey();
            if (name.equals(Manifest.FILE) || name.equals(BundleSignature.FILE)) {
                continue;
            }
            if (name.startsWith(Bundle.SCENARIOS) && name.endsWith(".json")) {
                continue;
            }
            if (!name.equals(Bundle.IDENTITY) && !isTopicFile(name)) {
                throw invalid(source, name, "is not a file a bundle holds (bundle.json, "
                        + String.join(".json, ", PackStore.TOPICS) + ".json, scenarios/*.json)");
            }
            content.put(name, file.getValue());
            if (!name.equals(Bundle.IDENTITY)) {
                topics.put(name, file.getValue());
            }
        }
        byte[] identityBytes = files.get(Bundle.IDENTITY);
        if (identityBytes == null) {
            throw invalid(source, Bundle.IDENTITY, "is missing");
        }
        JsonNode identity = json(source, Bundle.IDENTITY, identityBytes);
        unknownFields(source, Bundle.IDENTITY, "", identity, IDENTITY_FIELDS);
        String id = text(source, identity, "id");
        if (!PACK_ID.matcher(id).matches()) {
            throw invalid(source, Bundle.IDENTITY, "field \"id\": \"" + id
                    + "\" is not a pack id (lower-case letters, digits and '-')");
        }
        String version = text(source, identity, "version");
        if (!VersionRange.isVersion(version)) {
            throw invalid(source, Bundle.IDENTITY, "field \"version\": \"" + version + "\" is not a version x.y.z");
        }
        String jurisdiction = text(source, identity, "jurisdiction");
        if (!COUNTRIES.contains(jurisdiction)) {
            throw invalid(source, Bundle.IDENTITY, "field \"jurisdiction\": \"" + jurisdiction
                    + "\" is not an ISO 3166-1 alpha-3 country code");
        }
        VersionRange sdkVersions = range(source, identity, "sdkVersions", text(source, identity, "sdkVersions"));
        String running = SdkVersion.version();
        if (!sdkVersions.contains(running)) {
            throw new PackBundleException(source, Refusal.SDK_VERSION, "it works with SDK versions " + sdkVersions
                    + ", this SDK is " + running, Bundle.IDENTITY);
        }
        JsonNode base = identity.path("extends");
        if (!base.isObject()) {
            throw invalid(source, Bundle.IDENTITY, "field \"extends\": an object {\"id\", \"versions\"} naming the "
                    + "pack this bundle overlays is required");
        }
        unknownFields(source, Bundle.IDENTITY, "extends.", base, EXTENDS_FIELDS);
        String extendsId = text(source, base, "id", "extends.id");
        VersionRange extendsVersions = range(source, base, "extends.versions",
                text(source, base, "versions", "extends.versions"));
        String name = text(source, identity, "name");
        String description = identity.path("description").asText("");
        PackData data;
        try {
            for (var topic : topics.entrySet()) {
                JsonNode root = json(source, topic.getKey(), topic.getValue());
                unknownFields(source, topic.getKey(), "", root, TOPIC_FIELDS);
                var given = new HashSet<String>();
                int index = 0;
                for (JsonNode p : root.path("parameters")) {
                    unknownFields(source, topic.getKey(), "parameters[" + index++ + "].", p, PARAMETER_FIELDS);
                    given.add(p.path("name").asText());
                }
                inherited(source, topic.getKey(), root.get("inherited"), given);
            }
            data = PackData.read(mapper, topics);
        } catch (PackData.InvalidFile e) {
            throw new PackBundleException(source, Refusal.INVALID, e.getMessage(), e.file());
        }
        Pack pack = new Pack(id, version, jurisdiction, name, description, data.parameters(), data.tables());
        return new Bundle(source, pack, sdkVersions, extendsId, extendsVersions, content, signingKeyId);
    }

    /**
     * Checks a topic file's {@code inherited} list: the names of the parameters the bundle takes from the pack it
     * extends, as {@code m4sd pack init} writes them. It decides nothing (a parameter the bundle does not give is
     * inherited whether listed or not); it must be a list of distinct names, none of which the file also gives.
     */
    private static void inherited(String source, String file, JsonNode inherited, Set<String> given) {
        if (inherited == null) {
            return;
        }
        if (!inherited.isArray()) {
            throw invalid(source, file, "field \"inherited\": a list of parameter names is required");
        }
        var seen = new HashSet<String>();
        int index = 0;
        for (JsonNode name : inherited) {
            String where = "inherited[" + index++ + "]";
            if (!name.isTextual() || name.asText().isBlank()) {
                throw invalid(source, file, where + ": a parameter name is required (a non-blank string)");
            }
            if (!seen.add(name.asText())) {
                throw invalid(source, file, where + " (" + name.asText() + "): is listed twice");
            }
            if (given.contains(name.asText())) {
                throw invalid(source, file, where + " (" + name.asText() + "): is both inherited and given in "
                        + "\"parameters\"; remove it from \"inherited\"");
            }
        }
    }

    private static boolean isTopicFile(String name) {
        return name.endsWith(".json") && PackStore.TOPICS.contains(name.substring(0, name.length() - 5));
    }

    private JsonNode json(String source, String file, byte[] bytes) {
        try {
            JsonNode node = mapper.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw invalid(source, file, "is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw invalid(source, file, "is not JSON: " + e.getMessage());
        }
    }

    private static void unknownFields(String source, String file, String prefix, JsonNode node, Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!known.contains(field)) {
                throw invalid(source, file, "field \"" + prefix + field + "\" is not one a bundle has ("
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String text(String source, JsonNode node, String field) {
        return text(source, node, field, field);
    }

    private static String text(String source, JsonNode node, String field, String label) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw invalid(source, Bundle.IDENTITY, "field \"" + label + "\" is required (a non-blank string)");
        }
        return value.asText();
    }

    private static VersionRange range(String source, JsonNode node, String label, String text) {
        try {
            return VersionRange.parse(text);
        } catch (IllegalArgumentException e) {
            throw invalid(source, Bundle.IDENTITY, "field \"" + label + "\": " + e.getMessage());
        }
    }

    private static PackBundleException invalid(String source, String file, String why) {
        return new PackBundleException(source, Refusal.INVALID, file + ": " + why, file);
    }
}
