package org.m4sd.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.m4sd.rules.internal.engine.RuleBases;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * Runs every scenario file under {@code src/test/resources/scenarios/}: a request in the JSON contract, the
 * rule and source it exercises, and the expected outcome, criterion results, missing facts, message fragments
 * and values per determination (or, with {@code expectError}, the field a validation error must name). Both
 * engines must decide it, identically. Integrators add a file, not Java, to add a case.
 *
 * <pre>{"name": "...", "exercises": {"rule": "rule.name", "source": "ICRMW art. 28", "domain": "4.9"},
 *  "request": {...}, "expect": {"determination.id": {"outcome": "ELIGIBLE", "criteria": {"criterion.id": "MET"},
 *  "missingFacts": ["$.path"], "notEncoded": ["parameter.name"], "messages": {"criterion.id": "fragment"},
 *  "values": {"name": "value"}, "gaps": {"criterion.id": {"fact": "$.asOf", "kind": "REACH_DATE", "date": "..."}},
 *  "questions": ["$.person.birthDate", "$.person.sex"]}}}</pre>
 *
 * <p>{@code gaps} gives, per criterion, fields its gap must have as the decision's JSON writes them (fields not
 * named are not checked; {@code routes} compares whole); {@code questions} gives the paths of the decision's
 * questions, in order.
 *
 * <p>{@code exercises.domain} names the item of section 4 of the domain reference the case encodes (required of
 * the scenarios written with the legal corrections, optional on older ones).
 */
class ScenarioTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final M4sdJson JSON = M4sdJson.create();
    private static final Set<String> FIELDS = Set.of("name", "exercises", "request", "expect", "expectError");
    private static final Set<String> EXPECT_FIELDS = Set.of("outcome", "criteria", "missingFacts", "notEncoded",
            "messages", "values", "gaps", "questions");
    private static final Set<String> EXERCISES_FIELDS = Set.of("rule", "source", "domain");
    private static Set<String> ruleNames;

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException, URISyntaxException {
        URL root = ScenarioTest.class.getClassLoader().getResource("scenarios");
        assertThat(root).as("src/test/resources/scenarios").isNotNull();
        Path dir = Path.of(root.toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(dir.relativize(f).toString(), f.toUri(), () -> run(f)));
    }

    private static synchronized Set<String> ruleNames() {
        if (ruleNames == null) {
            Set<String> names = new HashSet<>();
            RuleBases.load().rules().forEach(r -> names.add(r.getName()));
            ruleNames = names;
        }
        return ruleNames;
    }

    private static void run(Path file) throws IOException {
        JsonNode scenario = MAPPER.readTree(file.toFile());
        fieldNames(scenario).forEach(f -> assertThat(FIELDS).as("field of a scenario").contains(f));
        assertThat(scenario.path("name").asText()).as("name").isNotBlank();
        String rule = scenario.path("exercises").path("rule").asText();
        assertThat(scenario.path("exercises").path("source").asText()).as("exercises.source").isNotBlank();
        assertThat(ruleNames()).as("exercises.rule names a rule of the packs").contains(rule);
        fieldNames(scenario.path("exercises")).forEach(f -> assertThat(EXERCISES_FIELDS).as("field of exercises")
                .contains(f));
        if (scenario.path("exercises").has("domain")) {
            assertThat(scenario.path("exercises").path("domain").asText()).as("exercises.domain, an item of section 4")
                    .matches("4\\.([1-9]|1[0-9]|2[0-9])");
        }
        String requestJson = MAPPER.writeValueAsString(scenario.path("request"));

        if (scenario.has("expectError")) {
            String field = scenario.get("expectError").asText();
            assertThatThrownBy(() -> EngineFixture.DROOLS.evaluate(JSON.readRequest(requestJson)))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining(field);
            assertThatThrownBy(() -> EngineFixture.REFERENCE.evaluate(JSON.readRequest(requestJson)))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining(field);
            return;
        }
        EligibilityRequest request = JSON.readRequest(requestJson);
        DecisionSet drools = EngineFixture.DROOLS.evaluate(request);
        assertThat(drools).as("Drools and the reference decide alike").isEqualTo(EngineFixture.REFERENCE.evaluate(request));

        JsonNode expect = scenario.path("expect");
        assertThat(expect.size()).as("expect names at least one determination").isPositive();
        List<String> rulesSeen = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.fields(); it.hasNext();) {
            var e = it.next();
            Determination determination = Determination.fromId(e.getKey());
            Decision d = drools.decision(determination).orElseThrow(
                    () -> new AssertionError("no decision on " + determination.id()));
            JsonNode x = e.getValue();
            fieldNames(x).forEach(f -> assertThat(EXPECT_FIELDS).as("field of expect." + e.getKey()).contains(f));
            d.criteria().forEach(c -> rulesSeen.add(c.rule()));
            if (x.has("outcome")) {
                assertThat(d.outcome().name()).as("%s outcome; criteria %s", determination.id(), d.criteria())
                        .isEqualTo(x.get("outcome").asText());
            }
            for (Iterator<Map.Entry<String, JsonNode>> c = x.path("criteria").fields(); c.hasNext();) {
                var ce = c.next();
                List<Criterion> found = d.criteria().stream().filter(k -> k.id().equals(ce.getKey())).toList();
                assertThat(found).as("criterion %s in %s", ce.getKey(), d.criteria()).isNotEmpty();
                assertThat(found).allSatisfy(k -> assertThat(k.result().name()).as("criterion %s", ce.getKey())
                        .isEqualTo(ce.getValue().asText()));
            }
            if (x.has("missingFacts")) {
                List<String> missing = new ArrayList<>();
                x.get("missingFacts").forEach(m -> missing.add(m.asText()));
                assertThat(d.missingFacts()).as("missingFacts").containsExactlyElementsOf(missing);
            }
            if (x.has("notEncoded")) {
                List<String> notEncoded = new ArrayList<>();
                x.get("notEncoded").forEach(m -> notEncoded.add(m.asText()));
                assertThat(d.notEncoded()).as("notEncoded").containsExactlyElementsOf(notEncoded);
            }
            for (Iterator<Map.Entry<String, JsonNode>> m = x.path("messages").fields(); m.hasNext();) {
                var me = m.next();
                assertThat(d.criteria()).as("message of %s", me.getKey())
                        .anySatisfy(k -> {
                            assertThat(k.id()).isEqualTo(me.getKey());
                            assertThat(k.message()).contains(me.getValue().asText());
                        });
            }
            JsonNode written = x.has("gaps") || x.has("questions") ? tree(JSON.writeDecision(d)) : null;
            for (Iterator<Map.Entry<String, JsonNode>> g = x.path("gaps").fields(); g.hasNext();) {
                var ge = g.next();
                JsonNode gap = null;
                for (JsonNode c : written.path("criteria")) {
                    if (c.path("id").asText().equals(ge.getKey()) && c.has("gap")) {
                        gap = c.get("gap");
                    }
                }
                assertThat(gap).as("gap of criterion %s in %s", ge.getKey(), d.criteria()).isNotNull();
                for (Iterator<Map.Entry<String, JsonNode>> f = ge.getValue().fields(); f.hasNext();) {
                    var fe = f.next();
                    assertThat(gap.path(fe.getKey())).as("gap %s of %s", fe.getKey(), ge.getKey())
                            .isEqualTo(fe.getValue());
                }
            }
            if (x.has("questions")) {
                List<String> expected = new ArrayList<>();
                x.get("questions").forEach(q -> expected.add(q.asText()));
                List<String> asked = new ArrayList<>();
                written.path("questions").forEach(q -> asked.add(q.path("path").asText()));
                assertThat(asked).as("questions").containsExactlyElementsOf(expected);
            }
            for (Iterator<Map.Entry<String, JsonNode>> v = x.path("values").fields(); v.hasNext();) {
                var ve = v.next();
                assertThat(d.values()).as("values").containsKey(ve.getKey());
                assertThat(String.valueOf(d.values().get(ve.getKey()))).as("value %s", ve.getKey())
                        .isEqualTo(ve.getValue().asText());
            }
        }
        assertThat(rulesSeen).as("the scenario exercises rule %s", rule).contains(rule);
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
