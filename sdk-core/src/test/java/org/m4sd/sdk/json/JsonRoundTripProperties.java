package org.m4sd.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.request.EligibilityRequest;

/** The JSON contract loses nothing, and the input hash depends on the values only. */
class JsonRoundTripProperties {
    static final ObjectMapper PLAIN = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private final M4sdJson json = M4sdJson.create();

    @Provide
    Arbitrary<EligibilityRequest> requests() {
        return CodecArbitraries.requests();
    }

    @Provide
    Arbitrary<Decision> decisions() {
        return CodecArbitraries.decisions();
    }

    @Provide
    Arbitrary<DecisionSet> decisionSets() {
        return CodecArbitraries.decisionSets();
    }

    /** The engine's fast path to the hash must agree with the documented definition, written out. */
    @Property
    void theInputHashIsTheHashOfTheCanonicalRequestText(@ForAll("requests") EligibilityRequest request) throws Exception {
        String canonical = json.canonicalize(json.writeRequest(request));
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(json.inputSha256(request)).isEqualTo(expected);
    }

    @Property
    void aRequestReadsBackEqual(@ForAll("requests") EligibilityRequest request) {
        String text = json.writeRequest(request);
        EligibilityRequest back = json.readRequest(text);
        assertThat(back).isEqualTo(request);
        assertThat(json.writeRequest(back)).isEqualTo(text);
    }

    @Property
    void aDecisionReadsBackEqualAndWritesTheSameBytes(@ForAll("decisions") Decision decision) {
        String text = json.writeDecision(decision);
        Decision back = json.readDecision(text);
        assertThat(back).isEqualTo(decision);
        assertThat(json.writeDecision(back)).isEqualTo(text);
    }

    @Property
    void aDecisionSetReadsBackEqual(@ForAll("decisionSets") DecisionSet set) {
        assertThat(json.readDecisionSet(json.writeDecisionSet(set))).isEqualTo(set);
    }

    @Property
    void theHashIgnoresKeyOrderAndWhitespace(@ForAll("requests") EligibilityRequest request,
            @ForAll long seed) throws Exception {
        JsonNode tree = PLAIN.readTree(json.writeRequest(request));
        String shuffled = reformat(tree, new Random(seed));
        assertThat(json.canonicalize(shuffled)).isEqualTo(json.canonicalize(json.writeRequest(request)));
        assertThat(TrivialEngine.sha256(json.canonicalize(shuffled))).isEqualTo(json.inputSha256(request));
    }

    @Property
    void theHashChangesWhenAnyOneValueChanges(@ForAll("requests") EligibilityRequest request, @ForAll long seed)
            throws Exception {
        JsonNode tree = PLAIN.readTree(json.writeRequest(request));
        List<JsonNode> parents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        collectScalars(tree, parents, names);
        int pick = new Random(seed).nextInt(parents.size());
        ObjectNode parent = (ObjectNode) parents.get(pick);
        String name = names.get(pick);
        JsonNode old = parent.get(name);
        String before = json.canonicalize(tree.toString());
        if (old.isTextual()) {
            parent.put(name, old.textValue() + "x");
        } else if (old.isBoolean()) {
            parent.put(name, !old.booleanValue());
        } else {
            parent.put(name, old.decimalValue().add(java.math.BigDecimal.ONE));
        }
        assertThat(json.canonicalize(tree.toString())).isNotEqualTo(before);
        assertThat(TrivialEngine.sha256(json.canonicalize(tree.toString())))
                .isNotEqualTo(json.inputSha256(request));
    }

    /** Every scalar property of the tree, as (object, name) pairs. */
    private static void collectScalars(JsonNode node, List<JsonNode> parents, List<String> names) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getValue().isValueNode()) {
                    parents.add(node);
                    names.add(e.getKey());
                } else {
                    collectScalars(e.getValue(), parents, names);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectScalars(n, parents, names));
        }
    }

    /** The same document with keys shuffled, random whitespace and numbers spelled differently. */
    static String reformat(JsonNode node, Random random) {
        StringBuilder out = new StringBuilder();
        write(node, random, out);
        return out.toString();
    }

    private static void write(JsonNode node, Random random, StringBuilder out) {
        space(random, out);
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.shuffle(names, random);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                space(random, out);
                out.append(PLAIN.valueToTree(names.get(i)).toString()).append(':');
                write(node.get(names.get(i)), random, out);
            }
            space(random, out);
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), random, out);
            }
            space(random, out);
            out.append(']');
        } else if (node.isNumber() && random.nextBoolean()) {
            // the same value spelled differently (1 as 1.0, 1.5 as 1.50 or 1.5E0): canonical form must not care
            String plain = node.decimalValue().toPlainString();
            out.append(random.nextBoolean() ? plain + "E0" : plain.contains(".") ? plain + "0" : plain + ".0");
        } else {
            out.append(node.toString());
        }
        space(random, out);
    }

    private static void space(Random random, StringBuilder out) {
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            out.append(" \n\t\r".charAt(random.nextInt(4)));
        }
    }
}
