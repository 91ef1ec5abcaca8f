package org.m4sd.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * A valid request with exactly one thing wrong is rejected with errors at exactly that path: no error is lost,
 * and one fault never echoes as errors elsewhere.
 */
class CorruptionProperties {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> COUNTRIES = Set.of("jurisdiction", "nationality", "countryOfResidence",
            "country", "origin", "destination", "awardingCountry", "originCountry", "countryOfPractice");
    private static final Set<String> CURRENCIES = Set.of("currency");
    private static final Set<String> DATES = Set.of("asOf", "birthDate", "from", "to", "firstJobStart",
            "fileCompleteDate", "decisionDate");
    private static final Set<String> ENUMS = Set.of("sex", "migratoryStatus", "item", "level", "profession",
            "returnType", "preferredCompensation", "locale");
    private static final Set<String> COUNTS = Set.of("residenceMonths", "workExperienceMonths");
    private static final Set<String> AMOUNTS = Set.of("amount");
    private static final Set<String> REQUIRED = Set.of("requestId", "asOf", "jurisdiction", "person", "id",
            "country", "from", "to", "origin", "destination", "item", "amount", "currency", "awardingCountry",
            "level", "profession", "originCountry", "countryOfPractice");

    private final M4sdJson json = M4sdJson.create();

    /** One way to break the document, and the single path the reader must blame. */
    record Corruption(String path, String what, Consumer<JsonNode> apply) {
        @Override
        public String toString() {
            return what + " at " + path;
        }
    }

    @Provide
    Arbitrary<EligibilityRequest> requests() {
        return CodecArbitraries.requests();
    }

    @Property
    void oneCorruptedFieldGivesErrorsAtThatPathOnly(@ForAll("requests") EligibilityRequest request,
            @ForAll @IntRange(min = 0, max = 100_000) int choice) throws Exception {
        JsonNode tree = JsonRoundTripProperties.PLAIN.readTree(json.writeRequest(request));
        List<Corruption> corruptions = new ArrayList<>();
        collect(tree, "$", null, corruptions);
        Corruption c = corruptions.get(choice % corruptions.size());
        c.apply().accept(tree);

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> json.readRequest(tree.toString()));

        assertThat(e).as(c.toString()).isNotNull();
        assertThat(e.errors()).as(c.toString()).isNotEmpty().extracting(FieldError::path).containsOnly(c.path());
    }

    private static void collect(JsonNode node, String path, String name, List<Corruption> out) {
        if (node.isObject()) {
            out.add(new Corruption(path + ".bogus", "unknown property", t -> ((ObjectNode) at(t, path)).set("bogus",
                    NODES.textNode("x"))));
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String key = e.getKey();
                String childPath = path + "." + key;
                if (REQUIRED.contains(key) && !path.endsWith("exchangeRates")) {
                    out.add(new Corruption(childPath, "missing required", t -> ((ObjectNode) at(t, path)).remove(key)));
                }
                if (path.endsWith(".exchangeRates")) {
                    out.add(new Corruption(childPath, "non-positive rate", t -> set(t, path, key, NODES.numberNode(0))));
                    out.add(new Corruption(path + ".QQQ", "unknown currency key",
                            t -> ((ObjectNode) at(t, path)).set("QQQ", NODES.numberNode(1))));
                }
                collect(e.getValue(), childPath, key, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", name, out);
            }
            if ("determinations".equals(name)) {
                out.add(new Corruption(path + "[" + node.size() + "]", "unknown determination",
                        t -> ((ArrayNode) at(t, path)).add("no.such-determination")));
            }
        }
        if (name == null) {
            return; // the root: a wrong root type is covered by the example tests
        }
        // a value of the wrong JSON type, wherever it is
        JsonNode wrong = node.isTextual() ? NODES.numberNode(7) : NODES.textNode("seven");
        out.add(new Corruption(path, "wrong type", t -> replace(t, path, wrong)));
        out.add(new Corruption(path, "null", t -> replace(t, path, NODES.nullNode())));
        if (!node.isValueNode()) {
            return;
        }
        if (COUNTRIES.contains(name)) {
            out.add(new Corruption(path, "unknown country", t -> replace(t, path, NODES.textNode("QQQ"))));
        }
        if (CURRENCIES.contains(name)) {
            out.add(new Corruption(path, "unknown currency", t -> replace(t, path, NODES.textNode("QQQ"))));
        }
        if (DATES.contains(name)) {
            out.add(new Corruption(path, "impossible date", t -> replace(t, path, NODES.textNode("2023-02-30"))));
        }
        if (ENUMS.contains(name)) {
            out.add(new Corruption(path, "unknown enum value", t -> replace(t, path, NODES.textNode("NO_SUCH"))));
        }
        if (COUNTS.contains(name)) {
            out.add(new Corruption(path, "negative count", t -> replace(t, path, NODES.numberNode(-1))));
        }
        if (AMOUNTS.contains(name)) {
            out.add(new Corruption(path, "negative amount", t -> replace(t, path, NODES.numberNode(-0.5))));
        }
    }

    /** The node at a path of the form {@code $.a.b[2].c}. */
    private static JsonNode at(JsonNode root, String path) {
        JsonNode n = root;
        for (String step : path.substring(1).split("(?=[.\\[])")) {
            if (step.isEmpty()) {
                continue;
            }
            n = step.startsWith("[") ? n.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : n.get(step.substring(1));
        }
        return n;
    }

    private static void replace(JsonNode root, String path, JsonNode value) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        String parentPath = path.substring(0, cut);
        JsonNode parent = at(root, parentPath);
        if (path.charAt(cut) == '[') {
            ((ArrayNode) parent).set(Integer.parseInt(path.substring(cut + 1, path.length() - 1)), value);
        } else {
            ((ObjectNode) parent).set(path.substring(cut + 1), value);
        }
    }

    private static void set(JsonNode root, String objectPath, String key, JsonNode value) {
        ((ObjectNode) at(root, objectPath)).set(key, value);
    }
}
