package org.m4sd.rules.internal.health;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.NotInForceException;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.ParameterValue;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;

/**
 * {@code health.essential-care}: the social-protection floor's access to essential health care (ILO R202
 * paras. 5(a) and 6) as the jurisdiction defines who it covers. The coverage rule is pack data, parameter
 * {@value #COVERAGE}: {@code ALL_PERSONS} (Ecuador), {@code RESIDENTS} (the international default) or
 * {@code BY_STATUS} (Serbia: asylum seekers and refugees on equal terms, irregular migrants emergency care only).
 */
public final class EssentialCare implements Determiner {
    public static final String COVERAGE = "health.essential-care.coverage";
    static final String STATUS_PATH = "$.person.migratoryStatus";
    static final String RESIDENCE_PATH = "$.person.residenceMonths";

    private static final Set<String> RULES = Set.of("ALL_PERSONS", "RESIDENTS", "BY_STATUS");
    private static final Set<String> STATUS_COVERAGE = Set.of("COVERED", "EMERGENCY_ONLY", "RESIDENTS");

    @Override
    public Determination determination() {
        return Determination.HEALTH_ESSENTIAL_CARE;
    }

    @Override
    public String knowledgeBase() {
        return "health";
    }

    @Override
    public CaseFact caseFor(EligibilityRequest request, PackContext packs) {
        Resolved coverage = packs.findParam(COVERAGE).orElseThrow(() -> new NotInForceException(
                "$.asOf: no essential-care coverage rule is in force on " + request.asOf() + " for "
                        + request.jurisdiction() + " (the international default, ILO R202, dates from its adoption)"));
        String rule = ruleOf(coverage.value());
        MigratoryStatus st = request.person().migratoryStatus();
        String status = st == MigratoryStatus.UNKNOWN ? null : st.name();
        String statusCoverage = null;
        boolean statusFromDefault = false;
        if (rule.equals("BY_STATUS") && status != null) {
            JsonNode entry = coverage.value().value().path("byStatus").get(status);
            if (entry == null) {
                statusFromDefault = true;
                statusCoverage = internationalStatusCoverage(packs);
            } else {
                statusCoverage = entry.asText();
                if (!STATUS_COVERAGE.contains(statusCoverage)) {
                    throw new IllegalStateException(COVERAGE + ": unknown coverage " + statusCoverage + " for " + status);
                }
            }
        }
        Integer months = request.person().residenceMonths().isPresent()
                ? request.person().residenceMonths().getAsInt() : null;
        EssentialCareCase c = new EssentialCareCase(request.jurisdiction(), rule, coverage.internationalDefault(),
                cite(coverage.source()), status, statusCoverage, statusFromDefault, months);
        c.value("coverageRule", rule);
        c.value("coverageRuleSource", c.getRuleSource());
        c.value("coverageRuleInternationalDefault", coverage.internationalDefault());
        return c;
    }

    /** What the international default gives a status a national BY_STATUS rule does not name. */
    private static String internationalStatusCoverage(PackContext packs) {
        Optional<ParameterValue> v = packs.packs().international().parameter(COVERAGE)
                .flatMap(p -> p.inForceOn(packs.asOf()));
        String rule = v.map(EssentialCare::ruleOf).orElse("RESIDENTS");
        return switch (rule) {
            case "ALL_PERSONS" -> "COVERED";
            case "RESIDENTS" -> "RESIDENTS";
            default -> throw new IllegalStateException("the international " + COVERAGE + " cannot be " + rule);
        };
    }

    private static String ruleOf(ParameterValue value) {
        String rule = value.value().path("rule").asText();
        if (!RULES.contains(rule)) {
            throw new IllegalStateException(COVERAGE + ": unknown rule \"" + rule + "\"");
        }
        return rule;
    }

    static String cite(Source s) {
        return s.instrument() + (s.article().isBlank() ? "" : ", art. " + s.article()) + " [" + s.status() + "]";
    }
}
