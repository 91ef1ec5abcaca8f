package org.m4sd.rules.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reference declares its health rules (criterion, legal sources, order, effect) on its own; the DRL declares
 * them as rule metadata. Both must say the same, so that a slip in either shows here rather than in a decision.
 */
class ReferenceHealthRuleTableTest {
    private static final String DRL = "org/m4sd/rules/health/health.drl";
    private static final Pattern RULE = Pattern.compile("(?s)\\brule\\s+\"([^\"]+)\"(.*?)\\bwhen\\b");
    private static final Pattern METADATA = Pattern.compile("@(\\w+)\\(\\s*\"?([^\")]*)\"?\\s*\\)");

    @Test
    void theReferenceRuleTableIsTheDrlsMetadata() throws IOException {
        Map<String, ReferenceRule> reference = new TreeMap<>();
        for (ReferenceDeterminer d : List.of(new ReferenceEmergencyCare(), new ReferenceEssentialCare(),
                new ReferenceDiasporaReturn())) {
            d.rules().forEach(rule -> reference.put(rule.name(), rule));
        }
        assertThat(reference).isEqualTo(drlCriterionRules());
    }

    /** Every rule of the health DRL that decides a criterion, its metadata read as a reference rule. */
    private static Map<String, ReferenceRule> drlCriterionRules() throws IOException {
        String drl;
        try (InputStream in = ReferenceHealthRuleTableTest.class.getClassLoader().getResourceAsStream(DRL)) {
            assertThat(in).as(DRL).isNotNull();
            drl = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*//.*$", "");
        }
        Map<String, ReferenceRule> rules = new TreeMap<>();
        Matcher rule = RULE.matcher(drl);
        while (rule.find()) {
            Map<String, String> metadata = new HashMap<>();
            Matcher m = METADATA.matcher(rule.group(2));
            while (m.find()) {
                metadata.put(m.group(1), m.group(2).trim());
            }
            if (!metadata.containsKey("criterion")) {
                continue;
            }
            List<String> legalBasis = Arrays.stream(metadata.getOrDefault("legalBasis", "").split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            rules.put(rule.group(1), new ReferenceRule(rule.group(1), metadata.get("criterion"), legalBasis,
                    Integer.parseInt(metadata.get("order")),
                    ReferenceRule.Effect.valueOf(metadata.getOrDefault("effect", "BLOCKS"))));
        }
        return rules;
    }
}
