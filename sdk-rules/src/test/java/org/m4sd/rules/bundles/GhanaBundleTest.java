package org.m4sd.rules.bundles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.m4sd.rules.internal.packs.BundleSigner;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.rules.internal.packs.SigningKeys;
import org.m4sd.rules.internal.reference.ReferenceEligibilityEngine;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.RulePackRef;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * A signed bundle for Ghana, a country without a shipped pack, loaded through the public API: its scenarios decide
 * as they expect, on both engines, and every decision for GHA names the bundle, its content hash and its key.
 */
class GhanaBundleTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final M4sdJson JSON = M4sdJson.create();
    private static final Determination PENSION = Determination.SOCIAL_SECURITY_OLD_AGE_PENSION;

    @TempDir
    static Path dir;
    private static Path bundle;
    private static EligibilityEngine drools;
    private static EligibilityEngine reference;

    @BeforeAll
    static void signAndLoad() {
        bundle = Bundles.ghana(dir);
        BundleSigner.sign(bundle, Bundles.KEYS);
        EngineOptions options = Bundles.options(bundle, dir);
        drools = EligibilityEngine.create(options);
        reference = ReferenceEligibilityEngine.create(options);
    }

    @AfterAll
    static void close() {
        drools.close();
        reference.close();
    }

    @Test
    void theBundlesScenariosDecideAsTheyExpectOnBothEngines() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> files = Files.list(bundle.resolve("scenarios"))) {
            scenarios = files.sorted().toList();
        }
        assertThat(scenarios).hasSize(2);
        for (Path file : scenarios) {
            JsonNode scenario = MAPPER.readTree(file.toFile());
            EligibilityRequest request = JSON.readRequest(MAPPER.writeValueAsString(scenario.get("request")));
            DecisionSet decided = drools.evaluate(request);
            assertThat(decided).as("Drools and the reference decide alike").isEqualTo(reference.evaluate(request));
            JsonNode expected = scenario.path("expect").path(PENSION.id());
            Decision d = decided.decision(PENSION).orElseThrow();
            assertThat(d.outcome().name()).as(file.getFileName().toString())
                    .isEqualTo(expected.path("outcome").asText());
            for (Map.Entry<String, JsonNode> c : expected.path("criteria").properties()) {
                assertThat(d.criterion(c.getKey()).map(k -> k.result().name())).as("%s %s", file.getFileName(),
                        c.getKey()).contains(c.getValue().asText());
            }
            assertThat(d.criteria()).extracting(Criterion::rule).contains(scenario.path("exercises").path("rule")
                    .asText());
        }
    }

    @Test
    void decisionsForGhanaNameTheBundleItsHashAndItsKey() {
        Decision d = pension("2025-06-30");
        RulePackRef pack = d.rulePack();
        assertThat(pack.id()).isEqualTo("gha");
        assertThat(pack.version()).isEqualTo("0.1.0");
        assertThat(pack.signingKeyId()).contains(SigningKeys.keyId(Bundles.KEYS.getPublic()));
        assertThat(pack).isEqualTo(drools.rulePacks().stream().filter(r -> r.id().equals("gha")).findFirst()
                .orElseThrow());
        assertThat(pack.sha256()).isNotIn(PackStore.load().refs().stream().map(RulePackRef::sha256).toList());

        String json = JSON.writeDecision(d);
        assertThat(json).contains("\"signingKeyId\":\"" + pack.signingKeyId().orElseThrow() + "\"");
        assertThat(JSON.readDecision(json)).isEqualTo(d);
    }

    @Test
    void theBundlesValuesAndSourcesReachTheDecision() {
        Decision d = pension("2025-06-30");
        Criterion contributions = d.criterion("ss.pension.contributions").orElseThrow();
        assertThat(contributions.message()).contains("at least the 180 required")
                .contains("National Pensions Act 2008 (Act 766)");
    }

    @Test
    void beforeTheActTheBundleHasNoValueAndTheDecisionSaysSo() {
        Decision d = pension("2009-06-30");
        assertThat(d.rulePack().id()).isEqualTo("gha");
        assertThat(d.notEncoded()).isNotEmpty();
    }

    @Test
    void otherJurisdictionsAreDecidedByTheShippedPacksAsBefore() {
        List<RulePackRef> refs = drools.rulePacks();
        assertThat(refs.subList(0, refs.size() - 1)).isEqualTo(PackStore.load().refs());
        assertThat(refs.get(refs.size() - 1).id()).as("bundles come after the shipped packs").isEqualTo("gha");
    }

    private static Decision pension(String asOf) {
        String request = """
                {"requestId": "gha-t", "asOf": "%s", "jurisdiction": "GHA", "determinations": ["%s"],
                 "person": {"id": "p", "birthDate": "1964-03-10",
                   "contributionPeriods": [{"country": "GHA", "from": "1995-01-01", "to": "2024-12-31"}]}}"""
                .formatted(asOf, PENSION.id());
        return drools.evaluate(JSON.readRequest(request)).decision(PENSION).orElseThrow();
    }
}
