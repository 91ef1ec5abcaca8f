package org.m4sd.rules.internal.packs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.m4sd.rules.packs.tool.ScenarioResult;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.UnsignedBundles;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.json.M4sdJson;

/**
 * Decides a bundle's scenarios ({@code scenarios/*.json}) with an engine built with the bundle and compares each
 * decision with the one its scenario expects: outcomes and criterion results by determination.
 */
final class BundleScenarios {
    private BundleScenarios() {
    }

    static List<ScenarioResult> test(Path bundle, List<Path> trustedKeys) {
        SortedMap<String, byte[]> files = BundleFiles.read(bundle);
        List<String> scenarios = files.keySet().stream()
                .filter(name -> name.startsWith(Bundle.SCENARIOS) && name.endsWith(".json")).toList();
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException(bundle + " has no scenarios: add scenarios/*.json (a request and the "
                    + "decision expected)");
        }
        ObjectMapper mapper = new ObjectMapper();
        M4sdJson json = M4sdJson.create();
        List<ScenarioResult> results = new ArrayList<>();
        try (EligibilityEngine engine = EligibilityEngine.create(EngineOptions.builder().bundles(List.of(bundle))
                .trustedKeys(trustedKeys).unsignedBundles(UnsignedBundles.ACCEPT_AND_RECORD).build())) {
            for (String name : scenarios) {
                List<String> differences;
                try {
                    JsonNode scenario = mapper.readTree(files.get(name));
                    DecisionSet decisions = engine.evaluate(json.readRequest(
                            mapper.writeValueAsString(scenario.path("request"))));
                    differences = compare(scenario.path("expect"), decisions);
                } catch (IOException | RuntimeException e) {
                    differences = List.of("cannot be decided: " + e.getMessage());
                }
                results.add(new ScenarioResult(name, differences));
            }
        }
        return results;
    }

    /** What differs from {@code expect}: outcomes and criterion results by determination. */
    static List<String> compare(JsonNode expect, DecisionSet decisions) {
        if (!expect.isObject() || expect.isEmpty()) {
            return List.of("the scenario has no \"expect\" object");
        }
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : expect.properties()) {
            Decision decision = decisions.decisions().stream()
                    .filter(d -> d.determination().id().equals(e.getKey())).findFirst().orElse(null);
            if (decision == null) {
                differences.add(e.getKey() + ": no decision");
                continue;
            }
            String outcome = e.getValue().path("outcome").asText();
            if (!outcome.isEmpty() && !outcome.equals(decision.outcome().name())) {
                differences.add(e.getKey() + ": outcome " + decision.outcome() + ", expected " + outcome);
            }
            for (Map.Entry<String, JsonNode> c : e.getValue().path("criteria").properties()) {
                String actual = decision.criterion(c.getKey()).map(Criterion::result).map(Enum::name)
                        .orElse("absent");
                if (!actual.equals(c.getValue().asText())) {
                    differences.add(e.getKey() + ": criterion " + c.getKey() + " " + actual + ", expected "
                            + c.getValue().asText());
                }
            }
        }
        return differences;
    }
}
